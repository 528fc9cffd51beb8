//! Assignment targets: names, attributes, subscripts and (starred)
//! unpacking; augmented assignment; `del`.

use alloc::vec::Vec;

use super::{Compiler, R};
use crate::parse::grammar::Rule;
use crate::parse::{Kind, Pn};
use mupy_emitters::{AccessKind, Emit};

impl<E: Emit> Compiler<'_, E> {
    /// Stores the value on top of the stack into `target`.
    pub(crate) fn assign(&mut self, target: Pn) -> R {
        self.check_stack(target)?;
        let t = self.tree;
        match t.kind(target) {
            Kind::Name(q) => self.store_id(q),
            Kind::Node(Rule::atom_expr_normal) => {
                let tr: Vec<Pn> = t
                    .items(&t.child(target, 1), Rule::atom_expr_trailers)
                    .to_vec();
                let last = tr[tr.len() - 1];
                self.trailers_upto(t.child(target, 0), &tr, tr.len() - 1)?;
                match t.rule(last) {
                    Some(Rule::trailer_bracket) => {
                        self.expr(t.child(last, 0))?;
                        self.emit.subscr(AccessKind::Store);
                        Ok(())
                    }
                    Some(Rule::trailer_period) => {
                        let q = t
                            .child(last, 0)
                            .as_name()
                            .unwrap_or(crate::qstr::names::EMPTY);
                        self.emit.attr(q.0, AccessKind::Store);
                        Ok(())
                    }
                    _ => Err(self.error_at(target, "can't assign to expression")),
                }
            }
            Kind::Node(
                Rule::testlist_star_expr
                | Rule::exprlist
                | Rule::testlist
                | Rule::testlist_comp
                | Rule::atom_paren,
            ) => {
                let tuple = if t.is(target, Rule::atom_paren) {
                    t.child(target, 0)
                } else {
                    target
                };
                if t.is(tuple, Rule::testlist_comp) && t.is(t.child(tuple, 1), Rule::comp_for) {
                    return Err(self.error_at(target, "can't assign to expression"));
                }
                let items = self.seq_items(target);
                self.unpack(target, &items)
            }
            Kind::Node(Rule::atom_bracket) => {
                let inner = t.child(target, 0);
                let items = if inner.is_null() {
                    Vec::new()
                } else if t.is(inner, Rule::testlist_comp) {
                    if t.is(t.child(inner, 1), Rule::comp_for) {
                        return Err(self.error_at(target, "can't assign to expression"));
                    }
                    self.seq_items(inner)
                } else {
                    alloc::vec![inner]
                };
                self.unpack(target, &items)
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

    fn unpack(&mut self, target: Pn, items: &[Pn]) -> R {
        let t = self.tree;
        let star = items.iter().position(|&x| t.is(x, Rule::star_expr));
        if items.iter().filter(|&&x| t.is(x, Rule::star_expr)).count() > 1 {
            return Err(self.error_at(target, "multiple *x in assignment"));
        }
        match star {
            None => self.emit.unpack_sequence(items.len() as u32),
            Some(i) => self.emit.unpack_ex(i as u32, (items.len() - i - 1) as u32),
        }
        for &x in items {
            if t.is(x, Rule::star_expr) {
                self.assign(t.child(x, 0))?;
            } else {
                self.assign(x)?;
            }
        }
        Ok(())
    }

    /// `target op= value`.
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
                let tr: Vec<Pn> = t
                    .items(&t.child(target, 1), Rule::atom_expr_trailers)
                    .to_vec();
                let last = tr[tr.len() - 1];
                self.trailers_upto(t.child(target, 0), &tr, tr.len() - 1)?;
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
                        let q = t
                            .child(last, 0)
                            .as_name()
                            .unwrap_or(crate::qstr::names::EMPTY);
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

    /// `del target`.
    pub(crate) fn delete(&mut self, target: Pn) -> R {
        let t = self.tree;
        match t.kind(target) {
            Kind::Name(q) => self.delete_id(q),
            Kind::Node(Rule::atom_expr_normal) => {
                let tr: Vec<Pn> = t
                    .items(&t.child(target, 1), Rule::atom_expr_trailers)
                    .to_vec();
                let last = tr[tr.len() - 1];
                self.trailers_upto(t.child(target, 0), &tr, tr.len() - 1)?;
                match t.rule(last) {
                    Some(Rule::trailer_bracket) => {
                        self.expr(t.child(last, 0))?;
                        self.emit.subscr(AccessKind::Delete);
                        Ok(())
                    }
                    Some(Rule::trailer_period) => {
                        let q = t
                            .child(last, 0)
                            .as_name()
                            .unwrap_or(crate::qstr::names::EMPTY);
                        self.emit.attr(q.0, AccessKind::Delete);
                        Ok(())
                    }
                    _ => Err(self.error_at(target, "can't delete expression")),
                }
            }
            Kind::Node(
                Rule::exprlist | Rule::testlist_comp | Rule::testlist | Rule::atom_paren,
            ) => {
                for x in self.seq_items(target) {
                    self.delete(x)?;
                }
                Ok(())
            }
            Kind::Node(Rule::atom_bracket) => {
                let inner = t.child(target, 0);
                let items = if t.is(inner, Rule::testlist_comp) {
                    self.seq_items(inner)
                } else if inner.is_null() {
                    Vec::new()
                } else {
                    alloc::vec![inner]
                };
                for x in items {
                    self.delete(x)?;
                }
                Ok(())
            }
            _ => Err(self.error_at(target, "can't delete expression")),
        }
    }
}
