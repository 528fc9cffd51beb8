//! Functions, lambdas and classes: default arguments, closures, parameter
//! lists, decorators, and the bodies of their scopes.

use alloc::vec::Vec;

use super::scope::{IdKind, ScopeKind};
use super::task::{Op, Task};
use super::{Compiler, R};
use crate::lex::Tok;
use crate::parse::grammar::Rule;
use crate::parse::{Kind, Pn, Tree};
use crate::qstr::{names, Qstr};
use mupy_emitters::{scope_flags, BuildKind, ConstTok, Emit, LocalKind, Pass};

/// The name and default value of one parameter entry, or what else it is.
enum Param {
    Plain(Qstr, Pn),
    Star(Option<Qstr>),
    DblStar(Qstr),
    Slash,
}

/// The entries of a parameter list.
fn param_list<'t>(t: &'t Tree, params: &'t Pn) -> &'t [Pn] {
    let rule = if t.is(*params, Rule::varargslist) {
        Rule::varargslist
    } else {
        Rule::typedargslist
    };
    t.items(params, rule)
}

impl<E: Emit> Compiler<'_, E> {
    fn param(&self, p: Pn) -> Option<Param> {
        let t = self.tree;
        match t.kind(p) {
            Kind::Name(q) => Some(Param::Plain(q, Pn::NULL)),
            Kind::Token(Tok::Slash) => Some(Param::Slash),
            Kind::Node(Rule::typedargslist_name) => {
                Some(Param::Plain(t.child(p, 0).as_name()?, t.child(p, 2)))
            }
            Kind::Node(Rule::varargslist_name) => {
                Some(Param::Plain(t.child(p, 0).as_name()?, t.child(p, 1)))
            }
            Kind::Node(Rule::typedargslist_star | Rule::varargslist_star) => {
                let x = t.child(p, 0);
                let q = x.as_name().or_else(|| t.child(x, 0).as_name());
                Some(Param::Star(q))
            }
            Kind::Node(Rule::typedargslist_dbl_star | Rule::varargslist_dbl_star) => {
                Some(Param::DblStar(t.child(p, 0).as_name()?))
            }
            _ => None,
        }
    }

    /// `Task::Defaults`: from parameter `step` of the `def`/`lambda` `pn`,
    /// default values (positional ones in a tuple, keyword-only ones in a
    /// dict), then the function for scope `child`.
    pub(crate) fn defaults_step(
        &mut self,
        pn: Pn,
        step: u32,
        child: u32,
        mut n_pos: u32,
        mut n_kw: u32,
        mut have_star: bool,
    ) -> R {
        let params = self.params_of(pn);
        let list = param_list(self.tree, &params);
        for (i, &p) in list.iter().enumerate().skip(step as usize) {
            let Some(param) = self.param(p) else {
                return Err(self.error_at(params, "invalid syntax"));
            };
            let next = move |n_pos, n_kw| Task::Defaults {
                pn,
                step: i as u32 + 1,
                child,
                n_pos,
                n_kw,
                have_star,
            };
            match param {
                Param::Star(_) => have_star = true,
                Param::Plain(q, default) if !default.is_null() => {
                    if have_star {
                        n_kw += 1;
                        if n_kw == 1 {
                            if n_pos > 0 {
                                self.emit.build(n_pos, BuildKind::Tuple);
                            } else {
                                self.emit.load_null();
                            }
                            self.emit.build(0, BuildKind::Map);
                        }
                        self.push(next(n_pos, n_kw))?;
                        self.push(Task::Op(Op::KwDefault(q)))?;
                    } else {
                        n_pos += 1;
                        self.push(next(n_pos, n_kw))?;
                    }
                    return self.push(Task::Expr(default));
                }
                Param::Plain(..) if !have_star && n_pos > 0 => {
                    return Err(self.error_at(p, "non-default argument follows default argument"));
                }
                _ => {}
            }
        }
        if n_pos > 0 && n_kw == 0 {
            self.emit.build(n_pos, BuildKind::Tuple);
            self.emit.load_null();
        }
        self.close_over_and_make(child as usize, n_pos, n_kw)
    }

    /// The parameter list of a `funcdef` or `lambdef` node.
    fn params_of(&self, pn: Pn) -> Pn {
        let t = self.tree;
        match t.rule(pn) {
            Some(Rule::lambdef | Rule::lambdef_nocond) => t.child(pn, 0),
            _ => t.child(pn, 1),
        }
    }

    fn defaults(child: usize, pn: Pn) -> Task {
        Task::Defaults {
            pn,
            step: 0,
            child: child as u32,
            n_pos: 0,
            n_kw: 0,
            have_star: false,
        }
    }

    /// Loads the cells `child` closes over (in this scope's order) and makes
    /// the function or closure.
    pub(crate) fn close_over_and_make(&mut self, child: usize, n_pos: u32, n_kw: u32) -> R {
        if self.pass == Pass::Scope {
            let c = &mut self.scopes[child];
            if n_kw > 0 {
                c.flags |= scope_flags::DEFKWARGS;
            }
            c.n_def_pos_args = n_pos as u16;
        }
        let mut n_free = 0;
        if self.scope().kind != ScopeKind::Module {
            let mut loads: Vec<(Qstr, u16)> = Vec::new();
            for id in &self.scope().ids {
                if matches!(id.kind, IdKind::Cell | IdKind::Free)
                    && self.scopes[child]
                        .ids
                        .iter()
                        .any(|c| c.kind == IdKind::Free && c.q == id.q)
                {
                    loads.push((id.q, id.local_num));
                }
            }
            for (q, num) in loads {
                self.emit.load_local(q.0, num as u32, LocalKind::Fast);
                n_free += 1;
            }
        }
        let id = self.emit_id(child);
        if n_free == 0 {
            self.emit.make_function(id, n_pos, n_kw);
        } else {
            self.emit.make_closure(id, n_free, n_pos, n_kw);
        }
        Ok(())
    }

    /// `def`: pushes the function; returns its name.
    pub(crate) fn funcdef(&mut self, pn: Pn, is_async: bool) -> Result<Qstr, super::CompileError> {
        let t = self.tree;
        let name = t.child(pn, 0).as_name().unwrap_or(names::EMPTY);
        let child = self.child_scope(ScopeKind::Function, pn, name)?;
        if self.pass == Pass::Scope && is_async {
            self.scopes[child].is_async = true;
            self.scopes[child].flags |= scope_flags::GENERATOR;
        }
        self.run_task(Self::defaults(child, pn))?;
        Ok(name)
    }

    pub(crate) fn lambda(&mut self, pn: Pn) -> R {
        let child = self.child_scope(ScopeKind::Lambda, pn, names::LAMBDA)?;
        self.push(Self::defaults(child, pn))
    }

    /// `class`: pushes the class; returns its name.
    pub(crate) fn classdef(&mut self, pn: Pn) -> Result<Qstr, super::CompileError> {
        let t = self.tree;
        let name = t.child(pn, 0).as_name().unwrap_or(names::EMPTY);
        self.emit.load_build_class();
        let child = self.child_scope(ScopeKind::Class, pn, name)?;
        self.close_over_and_make(child, 0, 0)?;
        self.emit.load_const_str(name.0);
        let bases = t.child(t.child(pn, 1), 0);
        self.run_call(bases, false, 2)?;
        Ok(name)
    }

    /// `@d1 @d2 def f` = `f = d1(d2(f))`, decorators evaluated first.
    pub(crate) fn decorated(&mut self, pn: Pn) -> R {
        let t = self.tree;
        let decos: Vec<Pn> = t.items(&t.child(pn, 0), Rule::decorators).to_vec();
        for &d in &decos {
            self.expr(d)?;
        }
        let body = t.child(pn, 1);
        let name = match t.rule(body) {
            Some(Rule::classdef) => self.classdef(body)?,
            Some(Rule::async_funcdef) => self.funcdef(t.child(body, 0), true)?,
            _ => self.funcdef(body, false)?,
        };
        for _ in &decos {
            self.emit.call_function(1, 0, 0);
        }
        self.store_id(name)
    }

    /// Records the parameters of the current scope as its first locals:
    /// positional, keyword-only, `*args`, `**kwargs`.
    fn register_params(&mut self, params: Pn) -> R {
        let list = param_list(self.tree, &params);
        let (mut pos, mut kwonly): (Vec<Qstr>, Vec<Qstr>) = (Vec::new(), Vec::new());
        let (mut star, mut dbl): (Option<Qstr>, Option<Qstr>) = (None, None);
        let mut have_star = false;
        for (i, &p) in list.iter().enumerate() {
            if dbl.is_some() {
                return Err(self.error_at(params, "invalid syntax"));
            }
            match self.param(p) {
                Some(Param::Plain(q, _)) if have_star => kwonly.push(q),
                Some(Param::Plain(q, _)) => pos.push(q),
                Some(Param::Star(q)) => {
                    if have_star {
                        return Err(self.error_at(params, "* argument may appear only once"));
                    }
                    have_star = true;
                    star = q;
                    if q.is_none() && i + 1 == list.len() {
                        return Err(self.error_at(params, "named arguments must follow bare *"));
                    }
                }
                Some(Param::DblStar(q)) => dbl = Some(q),
                Some(Param::Slash) if !have_star && !pos.is_empty() => {}
                _ => return Err(self.error_at(params, "invalid syntax")),
            }
        }
        let all = pos
            .iter()
            .chain(&kwonly)
            .chain(star.iter())
            .chain(dbl.iter());
        let all: Vec<Qstr> = all.copied().collect();
        for (i, q) in all.iter().enumerate() {
            if all[..i].contains(q) {
                let msg = alloc::format!(
                    "duplicate argument '{}' in function definition",
                    self.interner.get(*q)
                );
                return Err(self.error_at(params, &msg));
            }
        }
        let s = self.scope_mut();
        for &q in &all {
            let (k, _) = s.find_or_add(q, IdKind::Local);
            s.ids[k].param = true;
        }
        s.n_pos_args = pos.len() as u16;
        s.n_kwonly_args = kwonly.len() as u16;
        if star.is_some() {
            s.flags |= scope_flags::VARARGS;
        }
        if dbl.is_some() {
            s.flags |= scope_flags::VARKEYWORDS;
        }
        Ok(())
    }

    pub(crate) fn function_body(&mut self) -> R {
        let t = self.tree;
        let pn = self.scope().pn;
        if self.pass == Pass::Scope {
            self.register_params(t.child(pn, 1))?;
        }
        self.stmt(t.child(pn, 3))?;
        if !self.emit.last_emit_was_return_value() {
            self.emit.load_const_tok(ConstTok::None);
            self.emit.return_value();
        }
        Ok(())
    }

    pub(crate) fn lambda_body(&mut self) -> R {
        let t = self.tree;
        let pn = self.scope().pn;
        // The body may be a leaf, which carries no line (MicroPython sets it).
        let line = t.line(pn);
        if self.pass != Pass::Scope && line != 0 {
            self.emit.set_source_line(line);
        }
        if self.pass == Pass::Scope {
            self.register_params(t.child(pn, 0))?;
        }
        self.expr(t.child(pn, 1))?;
        if self.scope().flags & scope_flags::GENERATOR != 0 {
            self.emit.pop_top();
            self.emit.load_const_tok(ConstTok::None);
        }
        self.emit.return_value();
        Ok(())
    }

    /// A class body returns its `__class__` cell (or None) so that the
    /// runtime's `__build_class__` can fill it with the new class, which
    /// zero-argument `super()` in methods then reads.
    pub(crate) fn class_body(&mut self) -> R {
        let t = self.tree;
        let pn = self.scope().pn;
        if self.pass == Pass::Scope {
            self.scope_mut()
                .find_or_add(names::__class__, IdKind::Local);
        }
        self.load_id(names::__name__)?;
        self.store_id(names::__module__)?;
        let name = self.scope().simple_name;
        self.emit.load_const_str(name.0);
        self.store_id(names::__qualname__)?;
        self.stmt(t.child(pn, 2))?;
        match self.scope().get(names::__class__) {
            Some(id) if id.kind == IdKind::Cell => {
                let num = id.local_num as u32;
                self.emit
                    .load_local(names::__class__.0, num, LocalKind::Fast);
            }
            _ => self.emit.load_const_tok(ConstTok::None),
        }
        self.emit.return_value();
        Ok(())
    }
}
