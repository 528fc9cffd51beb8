//! The conservative scan of the native stack, MicroPython's way: spill the
//! callee-saved registers into a local array (a reference may live only in a
//! register of some caller), then read every aligned word from that array up
//! to the stack top recorded at VM start, and mark each one that names a
//! live allocation. Stacks grow downwards on every supported target, so the
//! array sits below all the callers' frames.
//!
//! On a 64-bit host, aligned 64-bit words holding the address of a block
//! count too: the compiler may keep an object only as the pointer
//! `Heap::ptr` returned.
//!
//! Under Miri the scan does nothing: reading the stack outside any Rust
//! object is exactly what Miri rejects, and tests root precisely there.

use crate::mark::Marker;

/// Slots for the callee-saved registers of the largest supported ABI
/// (aarch64: x19..x29).
const SPILL_SLOTS: usize = 12;

impl Marker<'_> {
    /// Scans the native stack from here to `Heap::set_stack_top`'s address
    /// (nothing if it was never set, or under Miri).
    #[inline(never)]
    pub fn scan_native_stack(&mut self) {
        if cfg!(miri) || self.heap.stack_top == 0 {
            return;
        }
        let mut regs = [0usize; SPILL_SLOTS];
        spill_callee_saved(&mut regs);
        let regs = core::hint::black_box(&regs);
        let bottom = regs.as_ptr().addr();
        let top = self.heap.stack_top;
        if bottom < top {
            self.scan_region(bottom, top);
        }
        core::hint::black_box(regs);
    }

    #[cfg(not(miri))]
    fn scan_region(&mut self, bottom: usize, top: usize) {
        let mut a = (bottom + 3) & !3;
        while a + 4 <= top {
            // SAFETY: `bottom .. top` is the live part of this thread's
            // stack (from our own frame up to the frame that recorded the
            // top), mapped and readable; the read is aligned.
            let w = unsafe { read_u32(a) };
            self.mark(w);
            a += 4;
        }
        #[cfg(target_pointer_width = "64")]
        {
            let mut a = (bottom + 7) & !7;
            while a + 8 <= top {
                // SAFETY: as above, aligned to 8.
                let w = unsafe { read_usize(a) };
                if let Some(r) = self.heap.ref_of_addr(w) {
                    self.mark(r);
                }
                a += 8;
            }
        }
    }

    #[cfg(miri)]
    fn scan_region(&mut self, _bottom: usize, _top: usize) {}
}

/// One aligned stack word. On x86-64 through inline assembly: the scan
/// crosses AddressSanitizer's stack redzones by design (`cargo xtask
/// asan`), and ASan does not instrument assembly.
///
/// # Safety
/// `a` is an aligned address inside the live stack.
#[cfg(all(target_arch = "x86_64", not(miri)))]
#[inline(always)]
unsafe fn read_u32(a: usize) -> u32 {
    let w: u32;
    // SAFETY: the caller's contract: a mapped, aligned stack address.
    unsafe {
        core::arch::asm!("mov {w:e}, dword ptr [{a}]", a = in(reg) a, w = out(reg) w,
            options(nostack, readonly, preserves_flags));
    }
    w
}

/// [`read_u32`] for a machine word.
///
/// # Safety
/// As [`read_u32`], aligned to 8.
#[cfg(all(target_arch = "x86_64", not(miri)))]
#[inline(always)]
unsafe fn read_usize(a: usize) -> usize {
    let w: usize;
    // SAFETY: the caller's contract: a mapped, aligned stack address.
    unsafe {
        core::arch::asm!("mov {w}, qword ptr [{a}]", a = in(reg) a, w = out(reg) w,
            options(nostack, readonly, preserves_flags));
    }
    w
}

/// Elsewhere a volatile read (no sanitizer build there).
///
/// # Safety
/// As above.
#[cfg(all(not(target_arch = "x86_64"), not(miri)))]
#[inline(always)]
unsafe fn read_u32(a: usize) -> u32 {
    // SAFETY: the caller's contract.
    unsafe { core::ptr::with_exposed_provenance::<u32>(a).read_volatile() }
}

/// As [`read_u32`], a machine word.
///
/// # Safety
/// As above.
#[cfg(all(not(target_arch = "x86_64"), not(miri), target_pointer_width = "64"))]
#[inline(always)]
unsafe fn read_usize(a: usize) -> usize {
    // SAFETY: the caller's contract.
    unsafe { core::ptr::with_exposed_provenance::<usize>(a).read_volatile() }
}

#[cfg(all(target_arch = "x86_64", not(miri)))]
#[inline(always)]
fn spill_callee_saved(regs: &mut [usize; SPILL_SLOTS]) {
    // SAFETY: stores six registers into the first six slots of `regs`.
    unsafe {
        core::arch::asm!(
            "mov [{p}], rbx",
            "mov [{p} + 8], rbp",
            "mov [{p} + 16], r12",
            "mov [{p} + 24], r13",
            "mov [{p} + 32], r14",
            "mov [{p} + 40], r15",
            p = in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags),
        );
    }
}

#[cfg(all(target_arch = "aarch64", not(miri)))]
#[inline(always)]
fn spill_callee_saved(regs: &mut [usize; SPILL_SLOTS]) {
    // SAFETY: stores eleven registers into the first eleven slots of `regs`.
    unsafe {
        core::arch::asm!(
            "stp x19, x20, [{p}]",
            "stp x21, x22, [{p}, #16]",
            "stp x23, x24, [{p}, #32]",
            "stp x25, x26, [{p}, #48]",
            "stp x27, x28, [{p}, #64]",
            "str x29, [{p}, #80]",
            p = in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags),
        );
    }
}

#[cfg(all(target_arch = "arm", not(miri)))]
#[inline(always)]
fn spill_callee_saved(regs: &mut [usize; SPILL_SLOTS]) {
    // SAFETY: stores r4..r11 (the AAPCS callee-saved registers) into the
    // first eight slots of `regs`; no write-back to the base register.
    unsafe {
        core::arch::asm!(
            "stm {p}, {{r4-r11}}",
            p = in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags),
        );
    }
}

/// Other targets (and Miri): nothing to spill by hand; the array is still
/// the bottom of the scan.
#[cfg(any(
    miri,
    not(any(target_arch = "x86_64", target_arch = "aarch64", target_arch = "arm"))
))]
#[inline(always)]
fn spill_callee_saved(regs: &mut [usize; SPILL_SLOTS]) {
    core::hint::black_box(regs);
}

#[cfg(all(test, not(miri)))]
mod tests {
    use crate::{AllocFlags, Heap, HeapConfig, Marker, Roots};
    use core::cell::Cell;

    /// Scans a fake stack (an array) instead of the real one.
    struct FakeStack(Cell<[usize; 4]>);

    impl Roots for FakeStack {
        fn trace(&self, m: &mut Marker<'_>) {
            let words = self.0.as_ptr();
            let lo = words.addr();
            m.scan_region(lo, lo + core::mem::size_of::<[usize; 4]>());
        }
    }

    fn collect_with(h: &mut Heap, words: [usize; 4]) -> bool {
        let r = h.alloc(16, AllocFlags::NONE, &()).unwrap();
        let mut words = words;
        for w in &mut words {
            if *w == 1 {
                *w = r.0 as usize;
            } else if *w == 2 {
                *w = h.ptr(r).addr();
            }
        }
        // Expose the array so the scan may read it by address.
        let stack = FakeStack(Cell::new(words));
        let _ = stack.0.as_ptr().expose_provenance();
        h.collect(&stack);
        h.is_heap_ref(r.0)
    }

    #[test]
    fn finds_refs_and_host_pointers_but_not_other_words() {
        let mut h = Heap::with_capacity(1024, HeapConfig::default());
        assert!(collect_with(&mut h, [7, 1, 0, 9]));
        if cfg!(target_pointer_width = "64") {
            assert!(collect_with(&mut h, [7, 0, 2, 9]));
        }
        assert!(!collect_with(&mut h, [7, 0, 0, 9]));
    }
}
