//! The firmware's RAM, all of it static so the link checks the total
//! against the board's 192 KiB (see `memory.x`):
//!
//! ```text
//!   GC arena       88 KiB  every Python object (76 KiB in D)
//!   Python stack   12 KiB  frames, locals, operands: 3072 value words
//!                          (24 KiB in D); with the arena, the 100 KiB of
//!                          MicroPython's pyboard heap
//!   scratch heap   32 KiB  Rust `alloc` for the front end's parse tree and
//!                          compiler tables, freed after each compile
//!   native stack   48 KiB  at the bottom of RAM (memory.x)
//! ```
//!
//! A soft reset builds a new VM over the same GC arena and Python stack,
//! so both are handed out again each time the previous VM has been dropped.
//!
//! The free part of the stack is painted with [`STACK_PAINT`] at boot: the
//! lowest overwritten word is the stack's high-water mark, which `cargo
//! xtask size` reads from QEMU's memory after running the corpus.

use crate::repr::Word;
use core::mem::{size_of, MaybeUninit};
use core::ptr::addr_of_mut;
use embedded_alloc::LlffHeap;

/// Value words of the Python stack. A call of a small function takes 8
/// words, so about 380 nested calls fit, beyond what the corpus needs
/// (200).
pub const PY_STACK_WORDS: usize = 3 * 1024;
/// The arena and the Python stack share the pyboard's 100 KiB heap.
pub const GC_ARENA_BYTES: usize = 100 * 1024 - PY_STACK_WORDS * size_of::<Word>();
pub const SCRATCH_BYTES: usize = 32 * 1024;

/// Aligned to the GC's 16-byte blocks so no byte is lost to padding.
#[repr(C, align(16))]
struct Arena([MaybeUninit<u8>; GC_ARENA_BYTES]);

static mut GC_ARENA: Arena = Arena([MaybeUninit::uninit(); GC_ARENA_BYTES]);
static mut SCRATCH: [MaybeUninit<u8>; SCRATCH_BYTES] = [MaybeUninit::uninit(); SCRATCH_BYTES];
static mut PY_STACK: [MaybeUninit<Word>; PY_STACK_WORDS] = [MaybeUninit::uninit(); PY_STACK_WORDS];

#[global_allocator]
static ALLOCATOR: LlffHeap = LlffHeap::empty();

/// Gives the scratch region to the global allocator; once, at boot.
pub fn init_scratch() {
    // SAFETY: called once before any allocation; SCRATCH is used by
    // nothing but the allocator from here on.
    unsafe { ALLOCATOR.init(addr_of_mut!(SCRATCH) as usize, SCRATCH_BYTES) }
}

/// The GC arena, zeroed.
///
/// # Safety
/// No heap built from an earlier call may still be alive: the boot loop
/// drops each VM (and its heap) before asking for the arena again.
pub unsafe fn gc_arena() -> &'static mut [u8] {
    // SAFETY: the caller guarantees this is the only live reference; the
    // bytes are initialised here before being seen as `u8`.
    unsafe {
        let arena = &mut *addr_of_mut!(GC_ARENA);
        arena.0.fill(MaybeUninit::new(0));
        &mut *(addr_of_mut!(arena.0) as *mut [u8; GC_ARENA_BYTES])
    }
}

/// The Python stack, every word `None`.
///
/// # Safety
/// As for [`gc_arena`]: the VM that had it before must have been dropped.
pub unsafe fn py_stack() -> &'static mut [Word] {
    // SAFETY: the caller guarantees this is the only live reference; every
    // word is initialised here before being seen as a `Word`.
    unsafe {
        let stack = &mut *addr_of_mut!(PY_STACK);
        stack.fill(MaybeUninit::new(<Word as mupy_reprs::Repr>::none()));
        &mut *(addr_of_mut!(PY_STACK) as *mut [Word; PY_STACK_WORDS])
    }
}

/// The pattern of never-used stack words.
pub const STACK_PAINT: u32 = 0x5354_4b21;
/// Words kept unpainted below the caller's frame (the painting loop's own
/// frame lives there).
const PAINT_MARGIN: usize = 64;

extern "C" {
    /// The lowest address of the stack (memory.x).
    static mut _stack_end: u32;
}

/// Paints the stack from its lowest word up to just below the caller.
#[inline(never)]
pub fn paint_stack() {
    let bottom = addr_of_mut!(_stack_end);
    let sp = cortex_m::register::msp::read() as usize;
    let words = (sp.saturating_sub(bottom as usize) / 4).saturating_sub(PAINT_MARGIN);
    for i in 0..words {
        // SAFETY: the words from the stack's lowest address up to
        // PAINT_MARGIN words below the current stack pointer are not in
        // use by any frame yet; the writes are aligned.
        unsafe { bottom.add(i).write_volatile(STACK_PAINT) };
    }
}
