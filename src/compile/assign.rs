//! Assignment targets: names, attributes, subscripts and (starred)
//! unpacking; augmented assignment; `del`. Nested targets are walked on the
//! work stack (`task`), one item at a time.

use super::display::{bracket_view, seq_view, Items};
use super::task::{Op, Task};
use super::{Compiler, R};
use crate::parse::grammar::Rule;
use crate::parse::{Kind, Pn};
use crate::qstr::names;
use mupy_emitters::{AccessKind, Emit};

impl<'a, E: Emit> Compiler<'a, E> {
    /// The trailers of the target `pn` but the last, then `last`.
    fn all_but_last_trailer(&mut self, pn: Pn, last: Task) -> R {
        let n = self
            .tree
            .items(&self.tree.child(pn, 1), Rule::atom_expr_trailers)
            .len();
        self.push(last)?;
        self.push(Task::Trailers {
            pn,
            step: 0,
            n: n.saturating_sub(1) as u32,
        })
    }

    /// The last trailer of the `atom_expr_normal` node `pn`.
    fn last_trailer(&self, pn: Pn) -> Pn {
        let t = self.tree;
        let tr = t.child(pn, 1);
        t.items(&tr, Rule::atom_expr_trailers)
            .last()
            .copied()
            .unwrap_or(Pn::NULL)
    }

    /// Items of an unpacking target (a tuple or a list display).
    fn target_items(&self, pn: Pn) -> Items<'a> {
        let t = self.tree;
        if t.is(pn, Rule::atom_bracket) {
            bracket_view(t, t.child(pn, 0))
        } else {
            seq_view(t, pn)
        }
    }

    /// `Task::Assign`: stores the value on top of the stack into `target`.
    pub(crate) fn assign_start(&mut self, target: Pn) -> R {
        let t = self.tree;
        match t.kind(target) {
            Kind::Name(q) => self.store_id(q),
            Kind::Node(Rule::atom_expr_normal) => {
                self.all_but_last_trailer(target, Task::AssignLast(target))
            }
            Kind::Node(
                Rule::testlist_star_expr
                | Rule::exprlist
                | Rule::testlist
                | Rule::testlist_comp
                | Rule::atom_paren
                | Rule::atom_bracket,
            ) => {
                let inner = if t.is(target, Rule::atom_paren) || t.is(target, Rule::atom_bracket) {
                    t.child(target, 0)
                } else {
                    target
                };
                if t.is(inner, Rule::testlist_comp) && t.is(t.child(inner, 1), Rule::comp_for) {
                    return Err(self.error_at(target, "can't assign to expression"));
                }
                let items = self.target_items(target);
                let is_star = |x: Pn| t.is(x, Rule::star_expr);
                let mut stars = items.iter().enumerate().filter(|&(_, x)| is_star(x));
                let star = stars.next().map(|(i, _)| i);
                if stars.next().is_some() {
                    return Err(self.error_at(target, "multiple *x in assignment"));
                }
                let n = items.len();
                match star {
                    None => self.emit.unpack_sequence(n as u32),
                    Some(i) => self.emit.unpack_ex(i as u32, (n - i - 1) as u32),
                }
                self.assign_items(target, 0)
            }
            Kind::Node(Rule::star_expr) => Err(self.error_at(
                target,
                "starred assignment target must be in a list or tuple",
            )),
            Kind::SmallInt(_) | Kind::Str(_) | Kind::Lit(_) | Kind::Token(_) => {
                Err(self.error_at(target, "can't assign to literal"))
            }
            Kind::Node(Rule::atom_brace) => Err(self.error_at(target, "can't assign to literal")),
            _ => Err(self.error_at(target, "can't assign to expression")),
        }
    }

    /// `Task::AssignItems`: unpacked item `step` of `pn` next.
    pub(crate) fn assign_items(&mut self, pn: Pn, step: u32) -> R {
        let t = self.tree;
        let Some(x) = self.target_items(pn).get(step as usize) else {
            return Ok(());
        };
        self.push(Task::AssignItems { pn, step: step + 1 })?;
        let x = if t.is(x, Rule::star_expr) {
            t.child(x, 0)
        } else {
            x
        };
        self.push(Task::Assign(x))
    }

    /// `Task::AssignLast`: the store into the last trailer of `target`.
    pub(crate) fn assign_last(&mut self, target: Pn) -> R {
        let t = self.tree;
        let last = self.last_trailer(target);
        match t.rule(last) {
            Some(Rule::trailer_bracket) => {
                self.push(Task::Op(Op::Subscr(AccessKind::Store)))?;
                self.push(Task::Expr(t.child(last, 0)))
            }
            Some(Rule::trailer_period) => {
                let q = t.child(last, 0).as_name().unwrap_or(names::EMPTY);
                self.emit.attr(q.0, AccessKind::Store);
                Ok(())
            }
            _ => Err(self.error_at(target, "can't assign to expression")),
        }
    }

    /// `target op= value` (a statement: runs to the end).
    pub(crate) fn aug_assign(&mut self, target: Pn, op: Pn, value: Pn) -> R {
        let t = self.tree;
        let Some(op) = op.as_token().and_then(super::expr::arith_op) else {
            return Err(self.error_at(target, "invalid syntax"));
        };
        match t.kind(target) {
            Kind::Name(q) => {
                self.load_id(q)?;
                self.expr(value)?;
                self.emit.binary_op(op);
                self.store_id(q)
            }
            Kind::Node(Rule::atom_expr_normal) => {
                let n = t.items(&t.child(target, 1), Rule::atom_expr_trailers).len();
                let last = self.last_trailer(target);
                self.run_task(Task::Trailers {
                    pn: target,
                    step: 0,
                    n: n.saturating_sub(1) as u32,
                })?;
                match t.rule(last) {
                    Some(Rule::trailer_bracket) => {
                        self.expr(t.child(last, 0))?;
                        self.emit.dup_top_two();
                        self.emit.subscr(AccessKind::Load);
                        self.expr(value)?;
                        self.emit.binary_op(op);
                        self.emit.rot_three();
                        self.emit.subscr(AccessKind::Store);
                    }
                    Some(Rule::trailer_period) => {
                        let q = t.child(last, 0).as_name().unwrap_or(names::EMPTY);
                        self.emit.dup_top();
                        self.emit.attr(q.0, AccessKind::Load);
                        self.expr(value)?;
                        self.emit.binary_op(op);
                        self.emit.rot_two();
                        self.emit.attr(q.0, AccessKind::Store);
                    }
                    _ => {
                        return Err(
                            self.error_at(target, "illegal expression for augmented assignment")
                        )
                    }
                }
                Ok(())
            }
            _ => Err(self.error_at(target, "illegal expression for augmented assignment")),
        }
    }

    /// `Task::Delete`: `del target`.
    pub(crate) fn delete_start(&mut self, target: Pn) -> R {
        match self.tree.kind(target) {
            Kind::Name(q) => self.delete_id(q),
            Kind::Node(Rule::atom_expr_normal) => {
                self.all_but_last_trailer(target, Task::DeleteLast(target))
            }
            Kind::Node(
                Rule::exprlist
                | Rule::testlist_comp
                | Rule::testlist
                | Rule::atom_paren
                | Rule::atom_bracket,
            ) => self.delete_items(target, 0),
            _ => Err(self.error_at(target, "can't delete expression")),
        }
    }

    /// `Task::DeleteItems`: item `step` of the deleted tuple `pn` next.
    pub(crate) fn delete_items(&mut self, pn: Pn, step: u32) -> R {
        let Some(x) = self.target_items(pn).get(step as usize) else {
            return Ok(());
        };
        self.push(Task::DeleteItems { pn, step: step + 1 })?;
        self.push(Task::Delete(x))
    }

    /// `Task::DeleteLast`: the deletion of the last trailer of `target`.
    pub(crate) fn delete_last(&mut self, target: Pn) -> R {
        let t = self.tree;
        let last = self.last_trailer(target);
        match t.rule(last) {
            Some(Rule::trailer_bracket) => {
                self.push(Task::Op(Op::Subscr(AccessKind::Delete)))?;
                self.push(Task::Expr(t.child(last, 0)))
            }
            Some(Rule::trailer_period) => {
                let q = t.child(last, 0).as_name().unwrap_or(names::EMPTY);
                self.emit.attr(q.0, AccessKind::Delete);
                Ok(())
            }
            _ => Err(self.error_at(target, "can't delete expression")),
        }
    }
}
