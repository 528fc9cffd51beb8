//! Interning through a VM: string chunks come from the GC heap and stay
//! roots for the VM's lifetime, so every collection must see them: all
//! allocation goes through [`AllRoots`], the VM's roots plus the chunks.

use super::state::VmRoots;
use super::Vm;
use crate::qstr::{ChunkAlloc, Interner, Qstr, QstrError, QstrPool};
use mupy_gc::{AllocFlags, Heap, Marker, Roots};
use mupy_reprs::Repr;

/// The VM's roots and the interned-string chunks.
pub struct AllRoots<'a, R: Repr> {
    pub roots: &'a VmRoots<R>,
    pub chunks: &'a [u32],
}

impl<R: Repr> Roots for AllRoots<'_, R> {
    fn trace(&self, m: &mut Marker<'_>) {
        for &c in self.chunks {
            m.mark(c);
        }
        self.roots.trace(m);
    }
}

/// Takes qstr chunks from the heap.
struct HeapChunks<'a, R: Repr> {
    heap: &'a mut Heap,
    roots: &'a VmRoots<R>,
}

impl<R: Repr> ChunkAlloc for HeapChunks<'_, R> {
    fn alloc_chunk(&mut self, bytes: usize, existing: &[u32]) -> Option<(u32, *mut u8)> {
        let all = AllRoots {
            roots: self.roots,
            chunks: existing,
        };
        let r = self.heap.alloc(bytes, AllocFlags::NO_SCAN, &all).ok()?;
        Some((r.0, self.heap.ptr(r)))
    }
}

/// The front end's view of a VM's string table.
pub struct VmInterner<'a, R: Repr> {
    pool: &'a mut QstrPool,
    heap: &'a mut Heap,
    roots: &'a VmRoots<R>,
}

impl<R: Repr> Interner for VmInterner<'_, R> {
    fn intern(&mut self, s: &str) -> Result<Qstr, QstrError> {
        let mut chunks = HeapChunks {
            heap: self.heap,
            roots: self.roots,
        };
        self.pool.intern_with(s, &mut chunks)
    }

    fn get(&self, q: Qstr) -> &str {
        self.pool.get(q)
    }
}

impl<R: Repr> Vm<R> {
    /// An interner that takes string chunks from this VM's heap.
    pub fn interner(&mut self) -> VmInterner<'_, R> {
        VmInterner {
            pool: &mut self.qstrs,
            heap: &mut self.heap,
            roots: &self.roots,
        }
    }

    /// A full collection (`gc.collect()`).
    pub fn collect(&mut self) {
        let Vm {
            heap, roots, qstrs, ..
        } = self;
        heap.collect(&AllRoots {
            roots,
            chunks: qstrs.chunk_refs(),
        });
    }
}
