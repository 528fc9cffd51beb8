//! The compiler's guard on native stack use.
//!
//! Expressions, conditions, assignment targets, constant folding and
//! comprehension loops are compiled from explicit stacks (`task`, `fold`,
//! `comp`): their nesting costs heap, not native stack. One recursion is
//! left: a compound statement compiles its body with `stmt`, so the walk
//! goes one statement level deeper per indented block, and blocks nest at
//! most `lex::MAX_INDENTS` (100) deep, as in CPython. Each level is two or
//! three Rust frames (`stmt`, the statement's handler, `try_finally` over
//! `try_except`), and every expression inside runs its own bounded work
//! loop, so the depth of the recursion is a constant, not the input's.
//!
//! This guard states the bound in bytes as well: `stmt` checks how far the
//! stack has grown since compiling began, and past `BUDGET` the source is
//! refused with a SyntaxError (MicroPython's compiler does the same with
//! its stack check). The deepest blocks the lexer accepts stay well inside
//! the budget in release builds; unoptimised builds get a larger one for
//! their larger frames.

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
