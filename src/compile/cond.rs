//! Conditions compiled as jumps (`if`, `while`, `assert`, conditional
//! expressions, comprehension filters): `and`, `or` and `not` become
//! control flow instead of values, and constant conditions fold away.

use super::task::{Op, Task, NO_LABEL};
use super::{Compiler, R};
use crate::parse::grammar::Rule;
use crate::parse::Pn;
use mupy_emitters::{Emit, Label};

impl<E: Emit> Compiler<'_, E> {
    /// `Task::Cond`: jump to `label` if `pn` is `jump_if`.
    pub(crate) fn cond_start(&mut self, pn: Pn, jump_if: bool, label: Label) -> R {
        let t = self.tree;
        if let Some(v) = self.const_truth(pn) {
            if v == jump_if {
                self.emit.jump(label);
            }
            return Ok(());
        }
        match t.rule(pn) {
            Some(r @ (Rule::or_test | Rule::and_test)) => {
                // Jumping when an `or` is true (an `and` false): every
                // operand jumps straight to `label`. Otherwise all but the
                // last skip past the test when they decide it.
                let l2 = if jump_if == (r == Rule::or_test) {
                    NO_LABEL
                } else {
                    self.new_label()
                };
                self.cond_seq(pn, 0, jump_if, label, l2)
            }
            Some(Rule::not_test_2) => self.push(Task::Cond {
                pn: t.child(pn, 0),
                jump_if: !jump_if,
                label,
            }),
            _ => {
                self.push(Task::Op(Op::PopJumpIf(jump_if, label)))?;
                self.push(Task::Expr(pn))
            }
        }
    }

    /// `Task::CondSeq`: operand `step` of an `and`/`or` condition next.
    pub(crate) fn cond_seq(
        &mut self,
        pn: Pn,
        step: u32,
        jump_if: bool,
        label: Label,
        l2: Label,
    ) -> R {
        let ch = self.tree.children(pn);
        let i = step as usize;
        let Some(&x) = ch.get(i) else {
            if l2 != NO_LABEL {
                self.emit.label_assign(l2);
            }
            return Ok(());
        };
        self.push(Task::CondSeq {
            pn,
            step: step + 1,
            jump_if,
            label,
            l2,
        })?;
        let (jump_if, label) = if l2 != NO_LABEL && i + 1 < ch.len() {
            (!jump_if, l2)
        } else {
            (jump_if, label)
        };
        self.push(Task::Cond {
            pn: x,
            jump_if,
            label,
        })
    }
}
