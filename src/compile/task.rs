//! The compiler's work stack: expressions, conditions and assignment
//! targets are compiled by one loop over explicit tasks, not by recursion,
//! so nesting in the source costs a few words of heap per level and no
//! native stack.
//!
//! A task is either a node to start (`Expr`, `Cond`, `Assign`, `Delete`),
//! a node to resume at a step after a child finished (`Node`, `CondSeq`,
//! `Trailers`, `Call`, `Defaults`, `Items`, ...), or one deferred emitter
//! operation (`Op`). A handler that would have compiled `child` and then
//! emitted `op` pushes `Op(op)` (or its own continuation) and then the
//! child's task, so the child runs first and the code comes out in the
//! order the recursive walk produced: byte for byte the same.
//!
//! Tasks that walk a list (operands of a chain, call arguments, display
//! items, unpacking targets) keep an index and push one child at a time, so
//! the stack grows with the nesting depth of the source, not its width.

use mupy_emitters::{AccessKind, BinaryOp, BuildKind, ConstTok, Emit, Label, UnaryOp, YieldKind};

use super::{CompileError, Compiler, R};
use crate::parse::Pn;
use crate::qstr::Qstr;

/// No label: `CondSeq` whose children all jump to the same place.
pub(crate) const NO_LABEL: Label = Label::MAX;

#[derive(Copy, Clone, Debug)]
pub(crate) enum Task {
    /// Compile the expression `pn`: its value is pushed.
    Expr(Pn),
    /// Resume the expression node `pn` at `step`; `aux` is the handler's
    /// (a label or a count).
    Node {
        pn: Pn,
        step: u32,
        aux: u32,
    },
    /// Jump to `label` if `pn` is `jump_if` (short-circuiting).
    Cond {
        pn: Pn,
        jump_if: bool,
        label: Label,
    },
    /// The operands of `and`/`or` under `Cond`, from `step`; `l2` is the
    /// early-exit label, or `NO_LABEL` if every operand jumps to `label`.
    CondSeq {
        pn: Pn,
        step: u32,
        jump_if: bool,
        label: Label,
        l2: Label,
    },
    /// The trailers of the `atom_expr_normal` `pn` (step 0 compiles the
    /// atom); `n` of them (all but the last for a store target).
    Trailers {
        pn: Pn,
        step: u32,
        n: u32,
    },
    /// Call arguments `args` from `step`, and then the call.
    Call {
        args: Pn,
        step: u32,
        n_pos: u32,
        n_kw: u32,
        flags: u8,
        is_method: bool,
    },
    /// Default values of the parameters of the `def`/`lambda` `pn` from
    /// `step`, and then making the function of scope `child`.
    Defaults {
        pn: Pn,
        step: u32,
        child: u32,
        n_pos: u32,
        n_kw: u32,
        have_star: bool,
    },
    /// Items of a display or tuple from `step`, then what builds it.
    Items {
        pn: Pn,
        step: u32,
        kind: Display,
    },
    /// Store the top of the stack into the target `pn`.
    Assign(Pn),
    /// Unpacked targets of `pn` from `step`.
    AssignItems {
        pn: Pn,
        step: u32,
    },
    /// The store into the last trailer of `pn` (the rest is compiled).
    AssignLast(Pn),
    /// `del pn`.
    Delete(Pn),
    DeleteItems {
        pn: Pn,
        step: u32,
    },
    DeleteLast(Pn),
    Op(Op),
}

/// What an `Items` task builds.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum Display {
    Tuple,
    List,
    Set,
    Dict,
}

/// One emitter operation left for after a child's code.
#[derive(Copy, Clone, Debug)]
pub(crate) enum Op {
    Unary(UnaryOp),
    Binary(BinaryOp),
    Label(Label),
    PopJumpIf(bool, Label),
    Subscr(AccessKind),
    Build(u32, BuildKind),
    StoreMap,
    YieldValue,
    YieldFrom,
    /// `:=`: keep the value and store a copy.
    Walrus(Qstr),
    /// A keyword-only default: its name, into the defaults dict.
    KwDefault(Qstr),
    /// A comprehension's function called with its first iterable.
    CallComprehension {
        gen: bool,
    },
}

impl<E: Emit> Compiler<'_, E> {
    /// Schedules `task` (runs after the tasks pushed after it).
    pub(crate) fn push(&mut self, task: Task) -> R {
        if self.tasks.try_reserve(1).is_err() {
            return Err(self.out_of_memory());
        }
        self.tasks.push(task);
        Ok(())
    }

    pub(crate) fn out_of_memory(&self) -> CompileError {
        CompileError::new(
            super::ErrorKind::MemoryError,
            "out of memory while compiling",
            self.line,
            0,
        )
    }

    /// Runs `task` and everything it schedules to the end.
    pub(crate) fn run_task(&mut self, task: Task) -> R {
        let base = self.tasks.len();
        self.push(task)?;
        let done = self.drain(base);
        if done.is_err() {
            self.tasks.truncate(base);
        }
        done
    }

    fn drain(&mut self, base: usize) -> R {
        while self.tasks.len() > base {
            let Some(task) = self.tasks.pop() else {
                break;
            };
            match task {
                Task::Expr(pn) => self.expr_start(pn)?,
                Task::Node { pn, step, aux } => self.expr_step(pn, step, aux)?,
                Task::Cond { pn, jump_if, label } => self.cond_start(pn, jump_if, label)?,
                Task::CondSeq {
                    pn,
                    step,
                    jump_if,
                    label,
                    l2,
                } => self.cond_seq(pn, step, jump_if, label, l2)?,
                Task::Trailers { pn, step, n } => self.trailers_step(pn, step, n)?,
                Task::Call {
                    args,
                    step,
                    n_pos,
                    n_kw,
                    flags,
                    is_method,
                } => self.call_step(args, step, n_pos, n_kw, flags, is_method)?,
                Task::Defaults {
                    pn,
                    step,
                    child,
                    n_pos,
                    n_kw,
                    have_star,
                } => self.defaults_step(pn, step, child, n_pos, n_kw, have_star)?,
                Task::Items { pn, step, kind } => self.items_step(pn, step, kind)?,
                Task::Assign(pn) => self.assign_start(pn)?,
                Task::AssignItems { pn, step } => self.assign_items(pn, step)?,
                Task::AssignLast(pn) => self.assign_last(pn)?,
                Task::Delete(pn) => self.delete_start(pn)?,
                Task::DeleteItems { pn, step } => self.delete_items(pn, step)?,
                Task::DeleteLast(pn) => self.delete_last(pn)?,
                Task::Op(op) => self.op(op)?,
            }
        }
        Ok(())
    }

    fn op(&mut self, op: Op) -> R {
        match op {
            Op::Unary(u) => self.emit.unary_op(u),
            Op::Binary(b) => self.emit.binary_op(b),
            Op::Label(l) => self.emit.label_assign(l),
            Op::PopJumpIf(c, l) => self.emit.pop_jump_if(c, l),
            Op::Subscr(k) => self.emit.subscr(k),
            Op::Build(n, k) => self.emit.build(n, k),
            Op::StoreMap => self.emit.store_map(),
            Op::YieldValue => self.emit.yield_op(YieldKind::Value),
            Op::YieldFrom => self.yield_from(),
            Op::Walrus(q) => {
                self.emit.dup_top();
                self.walrus_store(q)?;
            }
            Op::KwDefault(q) => {
                self.emit.load_const_str(q.0);
                self.emit.store_map();
            }
            Op::CallComprehension { gen } => {
                if gen {
                    self.emit.get_iter(false);
                }
                self.emit.call_function(1, 0, 0);
            }
        }
        Ok(())
    }

    /// Compiles the expression `pn`.
    pub(crate) fn expr(&mut self, pn: Pn) -> R {
        self.run_task(Task::Expr(pn))
    }

    /// Jumps to `label` if `pn` is `jump_if`.
    pub(crate) fn if_cond(&mut self, pn: Pn, jump_if: bool, label: Label) -> R {
        self.run_task(Task::Cond { pn, jump_if, label })
    }

    /// Stores the value on top of the stack into `target`.
    pub(crate) fn assign(&mut self, target: Pn) -> R {
        self.run_task(Task::Assign(target))
    }

    /// `del target`.
    pub(crate) fn delete(&mut self, target: Pn) -> R {
        self.run_task(Task::Delete(target))
    }

    /// Loads `None` (a missing expression).
    pub(crate) fn load_none(&mut self) {
        self.emit.load_const_tok(ConstTok::None);
    }
}
