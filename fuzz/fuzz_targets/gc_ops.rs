//! Random allocate / link / unroot / free / realloc / collect sequences on
//! a small heap, checked against a model of the object graph.
//!
//! The model keeps exactly the objects reachable from the roots: a
//! scanned object's first word may hold a reference to another object (a
//! link), the rest of every object is a pattern whose bytes all have the
//! top bit set, so no pattern word looks like a heap reference. After
//! every step each modelled object holds its pattern and its link; after a
//! collection the heap's used bytes are exactly the modelled objects'
//! blocks. Long link chains overflow the collector's mark stack, whose
//! rescan path is then checked as well.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use mupy_gc::{AllocFlags, GcRef, Heap, HeapConfig};

#[derive(Arbitrary, Debug)]
enum Op {
    Alloc { size: u8, no_scan: bool },
    AllocBig { size: u16 },
    Link { from: u8, to: u8 },
    Unlink(u8),
    Unroot(u8),
    Free(u8),
    Realloc { obj: u8, size: u16 },
    Collect,
}

struct Obj {
    r: GcRef,
    size: usize,
    seed: u32,
    scanned: bool,
    rooted: bool,
    link: Option<usize>,
}

fn byte(seed: u32, k: usize) -> u8 {
    (seed.wrapping_mul(31).wrapping_add(k as u32) as u8) | 0x80
}

/// Pattern bytes start after the link word of a scanned object.
fn first_pattern_byte(o: &Obj) -> usize {
    if o.scanned {
        4
    } else {
        0
    }
}

fn fill(h: &Heap, o: &Obj) {
    for k in first_pattern_byte(o)..o.size {
        // SAFETY: k < size <= the allocation's size.
        unsafe { h.ptr(o.r).add(k).write(byte(o.seed, k)) }
    }
}

fn holds(h: &Heap, o: &Obj) -> bool {
    (first_pattern_byte(o)..o.size).all(|k| {
        // SAFETY: as in `fill`.
        unsafe { h.ptr(o.r).add(k).read() == byte(o.seed, k) }
    })
}

fn set_link_word(h: &Heap, o: &Obj, v: u32) {
    // SAFETY: scanned objects are at least 4 bytes; blocks are aligned.
    unsafe { h.ptr(o.r).cast::<u32>().write(v) }
}

fn link_word(h: &Heap, o: &Obj) -> u32 {
    // SAFETY: as in `set_link_word`.
    unsafe { h.ptr(o.r).cast::<u32>().read() }
}

struct Model {
    h: Heap,
    objs: Vec<Option<Obj>>,
    seed: u32,
}

impl Model {
    fn roots(&self) -> Vec<GcRef> {
        self.objs
            .iter()
            .flatten()
            .filter(|o| o.rooted)
            .map(|o| o.r)
            .collect()
    }

    /// The `i % n`-th live object's index.
    fn nth(&self, i: u8) -> Option<usize> {
        let live: Vec<usize> = (0..self.objs.len())
            .filter(|&k| self.objs[k].is_some())
            .collect();
        (!live.is_empty()).then(|| live[usize::from(i) % live.len()])
    }

    /// Forgets every object the roots no longer reach (the heap may free
    /// them at any allocation from now on).
    fn prune(&mut self) {
        let mut reach = vec![false; self.objs.len()];
        let mut todo: Vec<usize> = (0..self.objs.len())
            .filter(|&k| self.objs[k].as_ref().is_some_and(|o| o.rooted))
            .collect();
        while let Some(k) = todo.pop() {
            if std::mem::replace(&mut reach[k], true) {
                continue;
            }
            if let Some(t) = self.objs[k].as_ref().and_then(|o| o.link) {
                todo.push(t);
            }
        }
        for (k, o) in self.objs.iter_mut().enumerate() {
            if !reach[k] {
                *o = None;
            }
        }
    }

    fn blocks(&self, size: usize) -> usize {
        let b = self.h.block_bytes();
        size.div_ceil(b).max(1) * b
    }

    fn alloc(&mut self, size: usize, no_scan: bool) {
        let scanned = !no_scan && size >= 4;
        let flags = if scanned {
            AllocFlags::NONE
        } else {
            AllocFlags::NO_SCAN
        };
        let roots = self.roots();
        match self.h.alloc(size, flags, &roots) {
            Ok(r) => {
                assert_eq!(self.h.alloc_size(r), self.blocks(size));
                self.seed += 1;
                let o = Obj {
                    r,
                    size,
                    seed: self.seed,
                    scanned,
                    rooted: true,
                    link: None,
                };
                assert_eq!(link_word(&self.h, &o) * u32::from(scanned), 0, "not zeroed");
                fill(&self.h, &o);
                self.objs.push(Some(o));
            }
            Err(_) => assert!(self.h.stats().largest_free < self.blocks(size)),
        }
    }

    fn step(&mut self, op: &Op) {
        match *op {
            Op::Alloc { size, no_scan } => self.alloc(usize::from(size), no_scan),
            Op::AllocBig { size } => self.alloc(usize::from(size % 4096), false),
            Op::Link { from, to } => {
                let (Some(f), Some(t)) = (self.nth(from), self.nth(to)) else {
                    return;
                };
                let target = self.objs[t].as_ref().unwrap().r;
                let o = self.objs[f].as_mut().unwrap();
                if o.scanned {
                    o.link = Some(t);
                    set_link_word(&self.h, self.objs[f].as_ref().unwrap(), target.0);
                }
            }
            Op::Unlink(i) => {
                if let Some(k) = self.nth(i) {
                    let o = self.objs[k].as_mut().unwrap();
                    if o.scanned {
                        o.link = None;
                        set_link_word(&self.h, self.objs[k].as_ref().unwrap(), 0);
                        self.prune();
                    }
                }
            }
            Op::Unroot(i) => {
                if let Some(k) = self.nth(i) {
                    self.objs[k].as_mut().unwrap().rooted = false;
                    self.prune();
                }
            }
            Op::Free(i) => {
                // Only objects nothing links to may be freed explicitly.
                let Some(k) = self.nth(i) else { return };
                if self.objs.iter().flatten().any(|o| o.link == Some(k)) {
                    return;
                }
                let o = self.objs[k].take().unwrap();
                self.h.free(o.r);
                assert!(!self.h.is_heap_ref(o.r.0));
                self.prune();
            }
            Op::Realloc { obj, size } => {
                let Some(k) = self.nth(obj) else { return };
                let size = usize::from(size % 1024);
                if self.objs[k].as_ref().unwrap().scanned && size < 4 {
                    return;
                }
                let roots = self.roots();
                let old = self.objs[k].as_ref().unwrap().r;
                let Ok(r) = self.h.realloc(old, size, &roots) else {
                    return;
                };
                let o = self.objs[k].as_mut().unwrap();
                let keep = o.size.min(size);
                o.size = keep;
                o.r = r;
                assert!(
                    holds(&self.h, self.objs[k].as_ref().unwrap()),
                    "realloc lost contents"
                );
                // The object moved: links to it follow.
                for j in 0..self.objs.len() {
                    if self.objs[j].as_ref().is_some_and(|p| p.link == Some(k)) {
                        set_link_word(&self.h, self.objs[j].as_ref().unwrap(), r.0);
                    }
                }
                self.seed += 1;
                let o = self.objs[k].as_mut().unwrap();
                o.size = size;
                o.seed = self.seed;
                fill(&self.h, self.objs[k].as_ref().unwrap());
            }
            Op::Collect => {
                let roots = self.roots();
                self.h.collect(&roots);
                let used: usize = self
                    .objs
                    .iter()
                    .flatten()
                    .map(|o| self.blocks(o.size))
                    .sum();
                assert_eq!(self.h.stats().used, used, "used bytes after a collection");
            }
        }
        for o in self.objs.iter().flatten() {
            assert!(self.h.is_heap_ref(o.r.0), "live object freed");
            assert!(holds(&self.h, o), "object contents changed");
            if let Some(t) = o.link {
                let target = self.objs[t].as_ref().expect("link target modelled").r;
                assert_eq!(link_word(&self.h, o), target.0);
            }
        }
        assert_eq!(self.h.verify(), Ok(()));
    }
}

fuzz_target!(|ops: Vec<Op>| {
    let mut m = Model {
        h: Heap::with_capacity(8192, HeapConfig::default()),
        objs: Vec::new(),
        seed: 0,
    };
    for op in ops.iter().take(500) {
        m.step(op);
    }
});
