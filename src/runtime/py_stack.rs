//! The Python stack's memory: `stack_words` value words outside the GC
//! heap, as MicroPython keeps its frames on the C stack, so `gc.mem_alloc()`
//! counts objects only (a firmware boots with a few hundred bytes in use).
//! The port either lends a static region (the MCU's RAM is laid out at link
//! time) or the VM takes one from Rust's allocator (the host).
//!
//! The region is a root: every collection scans all of it as 32-bit words,
//! the live frames and the stale words above them alike, exactly as it was
//! scanned when it was one heap block.
//!
//! The memory is held as a raw pointer (a `Box` would be retagged unique
//! each time the VM moves, invalidating the frame pointers into it).

use alloc::boxed::Box;
use alloc::vec;
use mupy_gc::Marker;
use mupy_reprs::Repr;

pub struct PyStack<R: Repr> {
    base: *mut R,
    words: usize,
    /// The region came from Rust's allocator and is freed on drop.
    owned: bool,
}

impl<R: Repr> PyStack<R> {
    /// `words` value words from Rust's allocator, all `None`.
    pub fn owned(words: usize) -> Self {
        let mem: Box<[R]> = vec![R::none(); words].into_boxed_slice();
        let words = mem.len();
        PyStack {
            base: Box::into_raw(mem) as *mut R,
            words,
            owned: true,
        }
    }

    /// A region lent for the VM's whole life (a firmware's static array).
    pub fn lent(mem: &'static mut [R]) -> Self {
        mem.fill(R::none());
        PyStack {
            base: mem.as_mut_ptr(),
            words: mem.len(),
            owned: false,
        }
    }

    /// The address of word 0; word `i` is at `base().add(i)`.
    #[inline(always)]
    pub fn base(&self) -> *mut R {
        self.base
    }

    pub fn words(&self) -> usize {
        self.words
    }

    /// Marks whatever the stack's words name (conservatively, as u32s).
    pub fn trace(&self, m: &mut Marker<'_>) {
        let n = self.words * core::mem::size_of::<R>() / 4;
        // SAFETY: `base .. base + words` is the region this stack owns or
        // was lent for its whole life, initialised at construction; R is a
        // plain 4- or 8-byte word, so it reads as u32s, aligned.
        let words = unsafe { core::slice::from_raw_parts(self.base as *const u32, n) };
        m.scan_words(words);
    }
}

impl<R: Repr> Drop for PyStack<R> {
    fn drop(&mut self) {
        if self.owned {
            // SAFETY: `base` and `words` came from `Box::into_raw` of a
            // boxed slice of that length in `owned`, freed only here.
            drop(unsafe {
                Box::from_raw(core::ptr::slice_from_raw_parts_mut(self.base, self.words))
            });
        }
    }
}
