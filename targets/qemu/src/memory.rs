//! The firmware's RAM, all of it static so the link checks the total
//! against the board's 192 KiB (see `memory.x`):
//!
//! ```text
//!   GC arena      100 KiB  every Python object (MicroPython's pyboard heap)
//!   scratch heap   32 KiB  Rust `alloc` for the front end's parse tree and
//!                          compiler tables, freed after each compile
//!   native stack   48 KiB  at the bottom of RAM (memory.x)
//! ```
//!
//! A soft reset builds a new VM over the same GC arena, so the arena is
//! handed out again each time the previous VM has been dropped.

use core::mem::MaybeUninit;
use core::ptr::addr_of_mut;
use embedded_alloc::LlffHeap;

pub const GC_ARENA_BYTES: usize = 100 * 1024;
pub const SCRATCH_BYTES: usize = 32 * 1024;

/// Aligned to the GC's 16-byte blocks so no byte is lost to padding.
#[repr(C, align(16))]
struct Arena([MaybeUninit<u8>; GC_ARENA_BYTES]);

static mut GC_ARENA: Arena = Arena([MaybeUninit::uninit(); GC_ARENA_BYTES]);
static mut SCRATCH: [MaybeUninit<u8>; SCRATCH_BYTES] = [MaybeUninit::uninit(); SCRATCH_BYTES];

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
