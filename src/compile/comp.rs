//! Comprehensions and generator expressions: a child scope, made and
//! called with the first iterable; its body nests one loop per `for`
//! clause, compiled without recursion (the loops' labels wait on a stack
//! that grows with the number of clauses).

use alloc::vec::Vec;

use super::scope::ScopeKind;
use super::task::{Op, Task};
use super::{Compiler, R};
use crate::parse::grammar::Rule;
use crate::parse::Pn;
use crate::qstr::names;
use mupy_emitters::{BuildKind, CompKind, ConstTok, Emit, Label, Pass, YieldKind};

impl<E: Emit> Compiler<'_, E> {
    /// A comprehension: a child scope called with the first iterable.
    /// `pn` has the element in child 0 and the first `comp_for` in child 1.
    pub(crate) fn comprehension(&mut self, pn: Pn, kind: ScopeKind) -> R {
        let t = self.tree;
        let name = match kind {
            ScopeKind::ListComp => names::LISTCOMP,
            ScopeKind::DictComp => names::DICTCOMP,
            ScopeKind::SetComp => names::SETCOMP,
            _ => names::GENEXPR,
        };
        let child = self.child_scope(kind, pn, name)?;
        if self.pass == Pass::Scope && self.scope().is_async {
            self.scopes[child].is_async = false;
        }
        self.close_over_and_make(child, 0, 0)?;
        let comp_for = t.child(pn, 1);
        self.push(Task::Op(Op::CallComprehension {
            gen: kind == ScopeKind::GenExpr,
        }))?;
        self.push(Task::Expr(t.child(comp_for, 1)))
    }

    /// The body of a comprehension scope.
    pub(crate) fn comprehension_body(&mut self) -> R {
        let t = self.tree;
        let kind = self.scope().kind;
        let pn = self.scope().pn;
        let arg = names::STAR;
        let line = t.line(pn);
        if self.pass != Pass::Scope && line != 0 {
            self.emit.set_source_line(line);
        }
        if self.pass == Pass::Scope {
            let s = self.scope_mut();
            let (i, _) = s.find_or_add(arg, super::IdKind::Local);
            s.ids[i].param = true;
            s.n_pos_args = 1;
        }
        match kind {
            ScopeKind::ListComp => self.emit.build(0, BuildKind::List),
            ScopeKind::DictComp => self.emit.build(0, BuildKind::Map),
            ScopeKind::SetComp => self.emit.build(0, BuildKind::Set),
            _ => {}
        }
        if kind == ScopeKind::GenExpr {
            self.emit.load_null();
            self.load_id(arg)?;
            self.emit.load_null();
            self.emit.load_null();
        } else {
            self.load_id(arg)?;
            self.emit.get_iter(true);
        }
        self.comp_loops(t.child(pn, 1), t.child(pn, 0))?;
        if kind == ScopeKind::GenExpr {
            self.emit.load_const_tok(ConstTok::None);
        }
        self.emit.return_value();
        Ok(())
    }

    /// The loops of the `for` clauses from `comp_for` (its iterator is on
    /// the stack) around the element `inner`.
    fn comp_loops(&mut self, mut comp_for: Pn, inner: Pn) -> R {
        let t = self.tree;
        // (top, end) of each open loop, innermost last.
        let mut open: Vec<(Label, Label)> = Vec::new();
        loop {
            let l_top = self.new_label();
            let l_end = self.new_label();
            open.try_reserve(1).map_err(|_| self.out_of_memory())?;
            open.push((l_top, l_end));
            self.emit.label_assign(l_top);
            self.emit.for_iter(l_end);
            self.assign(t.child(comp_for, 0))?;
            let mut it = t.child(comp_for, 2);
            while t.is(it, Rule::comp_if) {
                self.if_cond(t.child(it, 0), false, l_top)?;
                it = t.child(it, 1);
            }
            if it.is_null() {
                break;
            }
            self.expr(t.child(it, 1))?;
            self.emit.get_iter(true);
            comp_for = it;
        }
        let kind = self.scope().kind;
        if kind == ScopeKind::DictComp {
            self.expr(t.child(inner, 1))?;
            self.expr(t.child(inner, 0))?;
        } else {
            self.expr(inner)?;
        }
        // The collection sits below the iterators (4 words each) of the
        // loops outside the innermost one.
        let index = 4 * (open.len() as u32 - 1) + 5;
        match kind {
            ScopeKind::GenExpr => {
                self.emit.yield_op(YieldKind::Value);
                self.emit.pop_top();
            }
            ScopeKind::DictComp => self.emit.store_comp(CompKind::Dict, index),
            ScopeKind::SetComp => self.emit.store_comp(CompKind::Set, index),
            _ => self.emit.store_comp(CompKind::List, index),
        }
        while let Some((l_top, l_end)) = open.pop() {
            self.emit.jump(l_top);
            self.emit.label_assign(l_end);
            self.emit.for_iter_end();
        }
        Ok(())
    }
}
