//! The compiler's guard on native stack use.
//!
//! The walk over the tree recurses (`stmt`, `expr`, `if_cond`, `assign`,
//! `fold`, ...), each step one tree level down, and the parser bounds the
//! tree's depth (`parse::MAX_TREE_DEPTH`), so the stack the walk can use is
//! bounded by that depth times the largest frame chain per level. This
//! guard makes the bound a stated constant rather than a product measured
//! per build: every recursive entry checks how far the stack has grown
//! since compiling began, and past `BUDGET` the source is refused with a
//! SyntaxError (MicroPython's compiler does the same with its stack check).
//! Programs within the depth limit stay well inside the budget in release
//! builds; unoptimised builds get a larger one for their larger frames.

/// Bytes of native stack the walk may use: 8 Ki words (32 KiB of the
/// 32-bit MCU's 48 KiB stack, leaving the rest to the VM that called the
/// compiler), 8 times that without optimisation.
pub const BUDGET: usize =
    8 * 1024 * core::mem::size_of::<usize>() * if cfg!(debug_assertions) { 8 } else { 1 };

/// An address in the caller's stack frame (the stack grows down on every
/// target).
#[inline(never)]
pub fn here() -> usize {
    let marker = 0u8;
    core::hint::black_box(core::ptr::addr_of!(marker)) as usize
}

/// Whether the stack has grown more than `BUDGET` below `top`.
pub fn exhausted(top: usize) -> bool {
    top.saturating_sub(here()) > BUDGET
}
