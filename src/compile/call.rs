//! Trailers and calls: attribute loads, subscripts and calls after an
//! atom, with `obj.meth(...)` as LOAD_METHOD/CALL_METHOD and zero-argument
//! `super()`; the arguments of a call, one work-stack step each.

use super::scope::ScopeKind;
use super::task::{Op, Task};
use super::{Compiler, R};
use crate::parse::grammar::Rule;
use crate::parse::Pn;
use crate::qstr::names;
use mupy_emitters::{star_flags, AccessKind, Emit};

impl<E: Emit> Compiler<'_, E> {
    /// `Task::Trailers` of the `atom_expr_normal` node `pn`: step 0
    /// compiles the atom, step 1 handles `super()`, step 2 + i continues
    /// at trailer i; the first `n` trailers are compiled.
    pub(crate) fn trailers_step(&mut self, pn: Pn, step: u32, n: u32) -> R {
        let t = self.tree;
        let atom = t.child(pn, 0);
        let trailers = t.child(pn, 1);
        let tr = t.items(&trailers, Rule::atom_expr_trailers);
        let n = (n as usize).min(tr.len());
        let resume = |i: usize| Task::Trailers {
            pn,
            step: 2 + i as u32,
            n: n as u32,
        };
        let mut i = match step {
            0 => {
                self.push(Task::Trailers {
                    pn,
                    step: 1,
                    n: n as u32,
                })?;
                return self.push(Task::Expr(atom));
            }
            1 => 0,
            s => s as usize - 2,
        };
        if step == 1
            && n > 0
            && atom.as_name() == Some(names::super_)
            && matches!(self.scope().kind, ScopeKind::Function)
            && t.is(tr[0], Rule::trailer_paren)
            && t.child(tr[0], 0).is_null()
        {
            self.load_id(names::__class__)?;
            let first_param = self.scope().ids.iter().find(|id| id.param).map(|id| id.q);
            let Some(self_q) = first_param else {
                return Err(self.error_at(tr[0], "super() can't find self"));
            };
            self.load_id(self_q)?;
            if n >= 3 && t.is(tr[1], Rule::trailer_period) && t.is(tr[2], Rule::trailer_paren) {
                let meth = t.child(tr[1], 0).as_name().unwrap_or(names::EMPTY);
                self.emit.load_method(meth.0, true);
                self.push(resume(3))?;
                return self.call(t.child(tr[2], 0), true, 0);
            }
            self.emit.call_function(2, 0, 0);
            i = 1;
        }
        while i < n {
            let x = tr[i];
            match t.rule(x) {
                Some(Rule::trailer_period) => {
                    let name = t.child(x, 0).as_name().unwrap_or(names::EMPTY);
                    if i + 1 < n && t.is(tr[i + 1], Rule::trailer_paren) {
                        self.emit.load_method(name.0, false);
                        self.push(resume(i + 2))?;
                        return self.call(t.child(tr[i + 1], 0), true, 0);
                    }
                    self.emit.attr(name.0, AccessKind::Load);
                }
                Some(Rule::trailer_paren) => {
                    self.push(resume(i + 1))?;
                    return self.call(t.child(x, 0), false, 0);
                }
                Some(Rule::trailer_bracket) => {
                    self.push(resume(i + 1))?;
                    self.push(Task::Op(Op::Subscr(AccessKind::Load)))?;
                    return self.push(Task::Expr(t.child(x, 0)));
                }
                _ => return Err(self.error_at(x, "invalid syntax")),
            }
            i += 1;
        }
        Ok(())
    }

    /// Schedules call arguments `args` and the call. `extra` positional
    /// arguments are already on the stack (class bases: the body function
    /// and name).
    pub(crate) fn call(&mut self, args: Pn, is_method: bool, extra: u32) -> R {
        self.call_step(args, 0, extra, 0, 0, is_method)
    }

    /// Compiles call arguments `args` and the call, to the end.
    pub(crate) fn run_call(&mut self, args: Pn, is_method: bool, extra: u32) -> R {
        self.run_task(Task::Call {
            args,
            step: 0,
            n_pos: extra,
            n_kw: 0,
            flags: 0,
            is_method,
        })
    }

    /// `Task::Call`: argument `step` next (the counts so far given).
    pub(crate) fn call_step(
        &mut self,
        args: Pn,
        step: u32,
        n_pos: u32,
        n_kw: u32,
        mut flags: u8,
        is_method: bool,
    ) -> R {
        let t = self.tree;
        let list = t.items(&args, Rule::arglist);
        let i = step as usize;
        let Some(&a) = list.get(i) else {
            return self.call_end(args, n_pos, n_kw, flags, is_method);
        };
        let bits = self.cfg.small_int_bits.clamp(2, 64);
        let next = |n_pos, n_kw, flags| Task::Call {
            args,
            step: step + 1,
            n_pos,
            n_kw,
            flags,
            is_method,
        };
        match t.rule(a) {
            Some(Rule::arglist_star) => {
                if flags & star_flags::DOUBLE != 0 {
                    return Err(self.error_at(a, "* arg after **"));
                }
                if i as u32 >= bits - 1 {
                    return Err(self.error_at(a, "too many args"));
                }
                flags |= star_flags::SINGLE;
                self.push(next(n_pos + 1, n_kw, flags))?;
                self.push(Task::Expr(t.child(a, 0)))
            }
            Some(Rule::arglist_dbl_star) => {
                flags |= star_flags::DOUBLE;
                self.emit.load_null();
                self.push(next(n_pos, n_kw + 1, flags))?;
                self.push(Task::Expr(t.child(a, 0)))
            }
            Some(Rule::argument) if t.is(t.child(a, 1), Rule::comp_for) => {
                if list.len() > 1 {
                    return Err(self.error_at(a, "Generator expression must be parenthesized"));
                }
                self.push(next(n_pos + 1, n_kw, flags))?;
                self.comprehension(a, ScopeKind::GenExpr)
            }
            Some(Rule::argument) if t.is(t.child(a, 1), Rule::argument_4) => {
                self.positional_ok(a, flags, n_kw)?;
                let Some(q) = t.child(a, 0).as_name() else {
                    return Err(self.error_at(a, "can't assign to expression"));
                };
                self.push(next(n_pos + 1, n_kw, flags))?;
                self.push(Task::Op(Op::Walrus(q)))?;
                self.push(Task::Expr(t.child(t.child(a, 1), 0)))
            }
            Some(Rule::argument) => {
                let Some(q) = t.child(a, 0).as_name() else {
                    return Err(self.error_at(a, "LHS of keyword arg must be an id"));
                };
                self.emit.load_const_str(q.0);
                self.push(next(n_pos, n_kw + 1, flags))?;
                self.push(Task::Expr(t.child(a, 1)))
            }
            _ => {
                self.positional_ok(a, flags, n_kw)?;
                self.push(next(n_pos + 1, n_kw, flags))?;
                self.push(Task::Expr(a))
            }
        }
    }

    fn call_end(&mut self, args: Pn, n_pos: u32, n_kw: u32, flags: u8, is_method: bool) -> R {
        if n_pos > 255 || n_kw > 255 {
            return Err(self.error_at(args, "too many arguments"));
        }
        if flags != 0 {
            // Which positions are `*x` (each below `small_int_bits - 1`,
            // checked as they were compiled).
            let t = self.tree;
            let list = t.items(&args, Rule::arglist);
            let mut star_args: u64 = 0;
            for (i, &a) in list.iter().enumerate() {
                if t.is(a, Rule::arglist_star) {
                    star_args |= 1 << i;
                }
            }
            self.load_int(star_args as i128);
        }
        if is_method {
            self.emit.call_method(n_pos, n_kw, flags);
        } else {
            self.emit.call_function(n_pos, n_kw, flags);
        }
        Ok(())
    }

    fn positional_ok(&self, a: Pn, flags: u8, n_kw: u32) -> R {
        if flags & star_flags::DOUBLE != 0 {
            return Err(self.error_at(a, "positional arg after **"));
        }
        if n_kw > 0 {
            return Err(self.error_at(a, "positional arg after keyword arg"));
        }
        Ok(())
    }
}
