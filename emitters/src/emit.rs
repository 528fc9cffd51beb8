//! The back-end interface: the compiler walks the parse tree once per pass and
//! drives an [`Emit`], so bytecode, native, viper and inline-assembler back
//! ends share one compiler (MicroPython's `emit_method_table_t`).
//!
//! Passes, per scope (MicroPython's order):
//!
//! 1. [`Pass::Scope`]: the compiler finds names and their kinds; the emitter
//!    only records which child scopes exist.
//! 2. [`Pass::StackSize`]: stack depths are tracked, giving `n_state`.
//! 3. [`Pass::CodeSize`]: sizes and label offsets are measured.
//! 4. [`Pass::Emit`]: the code is written. Jumps use 1 byte for their offset
//!    when the target is near, so code can shrink after pass 3; when it does,
//!    [`Emit::end_pass`] returns `Ok(false)` and the compiler runs pass 4
//!    again, until the sizes are stable (every round only shrinks code).
//!
//! Arguments are plain data: qstrs as `u32` ids, labels as `u32` numbers
//! chosen by the compiler (dense from 0), children as compiler scope ids.
//! Methods return nothing; the first error (stack underflow, a jump too long
//! for the format, …) is latched and returned by [`Emit::end_pass`].

use crate::code::Const;
use crate::ops::{BinaryOp, UnaryOp};

/// A jump target, numbered by the compiler.
pub type Label = u32;

/// Compiler passes, numbered as in MicroPython.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Pass {
    Scope = 1,
    StackSize = 2,
    CodeSize = 3,
    Emit = 4,
}

/// Scope flags: the low 4 bits go into the bytecode prelude signature.
pub mod scope_flags {
    pub const GENERATOR: u8 = 0x01;
    pub const VARKEYWORDS: u8 = 0x02;
    pub const VARARGS: u8 = 0x04;
    pub const DEFKWARGS: u8 = 0x08;
    /// The flags recorded in the prelude.
    pub const ALL_SIG: u8 = 0x0f;
}

/// Star flags of a call: which of `*args` / `**kwargs` are present.
pub mod star_flags {
    pub const SINGLE: u8 = 0x01;
    pub const DOUBLE: u8 = 0x02;
}

/// What the emitter needs to know of the scope being compiled, as the
/// compiler knows it at the start of a pass.
#[derive(Clone, Debug, Default)]
pub struct ScopeInfo<'a> {
    /// The compiler's id for this scope; `make_function` names children by it.
    pub id: u32,
    /// Function/class name (`<module>`, `<lambda>`, `<listcomp>`, …) as a qstr.
    pub simple_name: u32,
    /// [`scope_flags`] bits.
    pub scope_flags: u8,
    pub n_pos_args: u16,
    pub n_kwonly_args: u16,
    pub n_def_pos_args: u16,
    /// Locals including arguments and cells: the part of `n_state` below the stack.
    pub n_locals: u16,
    /// Deepest nesting of try/with blocks.
    pub exc_stack_size: u16,
    /// One qstr per positional then keyword-only argument, in argument order
    /// (`*` for an argument slot that has no name). Stored for calls by keyword.
    pub arg_names: &'a [u32],
    /// Local numbers that must be turned into cells on entry, in order.
    pub cells: &'a [u8],
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum LocalKind {
    Fast = 0,
    Deref = 1,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum GlobalKind {
    /// Module/class level name: locals, then globals, then builtins.
    Name = 0,
    /// Declared `global` or implicit global in a function.
    Global = 1,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ImportKind {
    Name = 0,
    From = 1,
    Star = 2,
}

/// What a subscript or attribute access does.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum AccessKind {
    Load = 0,
    Store = 1,
    Delete = 2,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum BlockKind {
    With = 0,
    Except = 1,
    Finally = 2,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum BuildKind {
    Tuple = 0,
    List = 1,
    Map = 2,
    Set = 3,
    Slice = 4,
}

/// The collection a comprehension stores into.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum CompKind {
    List,
    Dict,
    Set,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum YieldKind {
    Value = 0,
    From = 1,
}

/// The constants that have their own token (and their own opcode but Ellipsis).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ConstTok {
    False,
    None,
    True,
    Ellipsis,
}

/// Why emitting failed.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum EmitError {
    /// More values popped than pushed: a compiler bug.
    StackUnderflow,
    /// The stack was not empty at the end of the scope: a compiler bug.
    StackNotEmpty,
    /// A jump is longer than the format can express (MicroPython: "bytecode overflow").
    JumpTooLong,
    /// A label was used but never assigned, or assigned twice in a pass.
    BadLabel,
    /// A value does not fit its field (more than 255 closed-over cells, …).
    TooLarge,
    /// Methods called out of order (no `start_pass`, …).
    Protocol,
}

/// The back-end interface. See the module comment for the pass protocol.
pub trait Emit {
    /// Begins `pass` over `scope`.
    fn start_pass(&mut self, pass: Pass, scope: &ScopeInfo<'_>);
    /// Ends the pass: `Ok(true)` when done, `Ok(false)` when the compiler
    /// must run [`Pass::Emit`] again (code shrank).
    fn end_pass(&mut self) -> Result<bool, EmitError>;
    /// Whether the last instruction written returns (or the code that
    /// follows is unreachable), so no implicit `return None` is needed.
    fn last_emit_was_return_value(&self) -> bool;
    /// Accounts for stack changes the instructions do not show (exception
    /// handlers entered by the VM, …).
    fn adjust_stack_size(&mut self, delta: i32);
    /// The following instructions come from source line `line`.
    fn set_source_line(&mut self, line: u32);

    fn load_local(&mut self, qst: u32, local_num: u32, kind: LocalKind);
    fn load_global(&mut self, qst: u32, kind: GlobalKind);
    fn store_local(&mut self, qst: u32, local_num: u32, kind: LocalKind);
    fn store_global(&mut self, qst: u32, kind: GlobalKind);
    fn delete_local(&mut self, qst: u32, local_num: u32, kind: LocalKind);
    fn delete_global(&mut self, qst: u32, kind: GlobalKind);

    fn label_assign(&mut self, label: Label);
    /// `Name`: `( level fromlist -- module )`; `From`: `( module -- module attr )`;
    /// `Star`: `( module -- )` (qst ignored).
    fn import(&mut self, qst: u32, kind: ImportKind);
    fn load_const_tok(&mut self, tok: ConstTok);
    /// Any value the target representation holds as a small int.
    fn load_const_small_int(&mut self, value: i64);
    /// An interned string constant.
    fn load_const_str(&mut self, qst: u32);
    /// Any other constant: added to the module's constant table (deduplicated).
    fn load_const_obj(&mut self, value: Const);
    fn load_null(&mut self);
    /// `( obj -- meth self )`; with `is_super`, `( super cls self -- meth self )`.
    fn load_method(&mut self, qst: u32, is_super: bool);
    fn load_build_class(&mut self);
    /// Load `( obj index -- value )`, store `( value obj index -- )`, delete `( obj index -- )`.
    fn subscr(&mut self, kind: AccessKind);
    /// Load `( obj -- value )`, store `( value obj -- )`, delete `( obj -- )`.
    fn attr(&mut self, qst: u32, kind: AccessKind);
    fn dup_top(&mut self);
    fn dup_top_two(&mut self);
    fn pop_top(&mut self);
    fn rot_two(&mut self);
    fn rot_three(&mut self);
    fn jump(&mut self, label: Label);
    fn pop_jump_if(&mut self, cond: bool, label: Label);
    fn jump_if_or_pop(&mut self, cond: bool, label: Label);
    /// `break`/`continue`/`return` out of `except_depth` try/with blocks;
    /// `from_for` pops the iterator of the `for` loop being left.
    fn unwind_jump(&mut self, label: Label, except_depth: u32, from_for: bool);
    fn setup_block(&mut self, label: Label, kind: BlockKind);
    /// Ends a `with` body; `label` is the handler set up by `setup_block(With)`.
    fn with_cleanup(&mut self, label: Label);
    /// `async with` exit (see MicroPython's `compile_async_with_stmt`);
    /// `qst_base_exception` is the qstr of `BaseException`.
    fn async_with_setup_finally(
        &mut self,
        label_aexit_no_exc: Label,
        label_finally_block: Label,
        label_ret_unwind_jump: Label,
        qst_base_exception: u32,
    );
    fn end_finally(&mut self);
    /// `use_stack`: keep the iterator in 4 stack slots (no heap allocation).
    fn get_iter(&mut self, use_stack: bool);
    fn for_iter(&mut self, label: Label);
    /// Leaves a `for` loop: the iterator slots are gone.
    fn for_iter_end(&mut self);
    fn pop_except_jump(&mut self, label: Label, within_exc_handler: bool);
    /// `op` must be one of the first four (bytecode) unary operators.
    fn unary_op(&mut self, op: UnaryOp);
    /// `op` must be a bytecode operator, or `NotIn` / `IsNot`.
    fn binary_op(&mut self, op: BinaryOp);
    fn build(&mut self, n_args: u32, kind: BuildKind);
    fn store_map(&mut self);
    /// Adds TOS (dict: TOS and TOS1) to the collection `collection_stack_index`
    /// entries below them.
    fn store_comp(&mut self, kind: CompKind, collection_stack_index: u32);
    fn unpack_sequence(&mut self, n_args: u32);
    fn unpack_ex(&mut self, n_left: u32, n_right: u32);
    /// Makes a function from the child scope `child` (a compiler scope id).
    fn make_function(&mut self, child: u32, n_pos_defaults: u32, n_kw_defaults: u32);
    fn make_closure(
        &mut self,
        child: u32,
        n_closed_over: u32,
        n_pos_defaults: u32,
        n_kw_defaults: u32,
    );
    /// `star_flags`: [`star_flags`] bits.
    fn call_function(&mut self, n_positional: u32, n_keyword: u32, star_flags: u8);
    fn call_method(&mut self, n_positional: u32, n_keyword: u32, star_flags: u8);
    fn return_value(&mut self);
    /// `n_args`: 0 (`raise`), 1 (`raise x`) or 2 (`raise x from y`).
    fn raise_varargs(&mut self, n_args: u32);
    fn yield_op(&mut self, kind: YieldKind);
    /// Entering an `except` handler: the VM pushes the exception.
    fn start_except_handler(&mut self);
    fn end_except_handler(&mut self);
}
