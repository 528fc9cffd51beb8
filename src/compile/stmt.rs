//! Statements and the entry point of each scope's pass.

use alloc::string::String;
use alloc::vec::Vec;

use super::scope::{IdKind, ScopeKind};
use super::{Compiler, LoopCtx, Mode, R};
use crate::lex::Tok;
use crate::parse::grammar::Rule;
use crate::parse::{Kind, Pn};
use crate::qstr::{names, Qstr};
use mupy_emitters::{BinaryOp, BlockKind, BuildKind, ConstTok, Emit, GlobalKind, ImportKind, Pass};

impl<E: Emit> Compiler<'_, E> {
    /// Compiles the current scope's body for the current pass.
    pub(crate) fn compile_scope(&mut self) -> R {
        match self.scope().kind {
            ScopeKind::Module => {
                let root = self.scope().pn;
                let t = self.tree;
                if self.mode == Mode::Eval {
                    self.expr(t.child(root, 0))?;
                    self.emit.return_value();
                    return Ok(());
                }
                self.stmt(t.child(root, 0))?;
                if !self.emit.last_emit_was_return_value() {
                    self.emit.load_const_tok(ConstTok::None);
                    self.emit.return_value();
                }
                Ok(())
            }
            ScopeKind::Function => self.function_body(),
            ScopeKind::Lambda => self.lambda_body(),
            ScopeKind::Class => self.class_body(),
            _ => self.comprehension_body(),
        }
    }

    /// A statement, or a list of them (suite, file, `a; b`).
    pub(crate) fn stmt(&mut self, pn: Pn) -> R {
        self.check_stack(pn)?;
        let t = self.tree;
        let Some(rule) = t.rule(pn) else {
            return if pn.is_null() {
                Ok(())
            } else {
                Err(self.error_at(pn, "invalid syntax"))
            };
        };
        let line = t.line(pn);
        if line != 0 {
            self.line = line;
            if self.pass != Pass::Scope {
                self.emit.set_source_line(line);
            }
        }
        let ch = t.children(pn);
        match rule {
            Rule::file_input_2 | Rule::suite_block_stmts | Rule::simple_stmt_2 => {
                for &s in ch {
                    self.stmt(s)?;
                }
            }
            Rule::expr_stmt => self.expr_stmt(ch[0], ch[1])?,
            Rule::pass_stmt => {}
            Rule::del_stmt => self.delete(ch[0])?,
            Rule::break_stmt | Rule::continue_stmt => {
                self.break_continue(pn, rule == Rule::break_stmt)?
            }
            Rule::return_stmt => {
                if !self.scope().kind.is_func_like() {
                    return Err(self.error_at(pn, "'return' outside function"));
                }
                self.expr(ch[0])?;
                self.emit.return_value();
            }
            Rule::raise_stmt => {
                let arg = ch[0];
                if arg.is_null() {
                    self.emit.raise_varargs(0);
                } else if t.is(arg, Rule::raise_stmt_arg) {
                    self.expr(t.child(arg, 0))?;
                    self.expr(t.child(arg, 1))?;
                    self.emit.raise_varargs(2);
                } else {
                    self.expr(arg)?;
                    self.emit.raise_varargs(1);
                }
            }
            Rule::yield_expr => {
                self.expr(pn)?;
                self.emit.pop_top();
            }
            Rule::import_name => {
                let items: Vec<Pn> = t.items(&ch[0], Rule::dotted_as_names).to_vec();
                for it in items {
                    self.emit.load_const_small_int(0);
                    self.emit.load_const_tok(ConstTok::None);
                    let base = self.import_name(it)?;
                    self.store_id(base)?;
                }
            }
            Rule::import_from => self.import_from(pn)?,
            Rule::global_stmt | Rule::nonlocal_stmt => {
                if self.pass == Pass::Scope {
                    let names_: Vec<Pn> = t.items(&ch[0], Rule::name_list).to_vec();
                    for n in names_ {
                        let q = n.as_name().unwrap_or(names::EMPTY);
                        if rule == Rule::global_stmt {
                            self.declare_global(pn, q)?;
                        } else {
                            self.declare_nonlocal(pn, q)?;
                        }
                    }
                }
            }
            Rule::assert_stmt => {
                if self.cfg.opt_level == 0 {
                    let l_end = self.new_label();
                    self.if_cond(ch[0], true, l_end)?;
                    self.emit
                        .load_global(names::AssertionError.0, GlobalKind::Global);
                    if !ch[1].is_null() {
                        self.expr(ch[1])?;
                        self.emit.call_function(1, 0, 0);
                    }
                    self.emit.raise_varargs(1);
                    self.emit.label_assign(l_end);
                }
            }
            Rule::if_stmt => self.if_stmt(ch)?,
            Rule::while_stmt => self.while_stmt(ch)?,
            Rule::for_stmt => self.for_stmt(ch)?,
            Rule::try_stmt => self.try_stmt(ch)?,
            Rule::with_stmt => self.with_stmt(ch[0], ch[1])?,
            Rule::funcdef => {
                let name = self.funcdef(pn, false)?;
                self.store_id(name)?;
            }
            Rule::classdef => {
                let name = self.classdef(pn)?;
                self.store_id(name)?;
            }
            Rule::decorated => self.decorated(pn)?,
            Rule::async_stmt => self.async_stmt(ch[0])?,
            Rule::async_funcdef => {
                let name = self.funcdef(ch[0], true)?;
                self.store_id(name)?;
            }
            _ => return Err(self.error_at(pn, "invalid syntax")),
        }
        Ok(())
    }

    fn expr_stmt(&mut self, lhs: Pn, rhs: Pn) -> R {
        let t = self.tree;
        if rhs.is_null() {
            return self.expr_statement(lhs);
        }
        match t.rule(rhs) {
            Some(Rule::expr_stmt_augassign) => {
                self.aug_assign(lhs, t.child(rhs, 0), t.child(rhs, 1))
            }
            Some(Rule::annassign) => {
                // Annotations are not evaluated (MicroPython); the target
                // must still be valid.
                let value = t.child(rhs, 1);
                if value.is_null() {
                    if let Some(q) = lhs.as_name() {
                        if self.pass == Pass::Scope && self.scope().kind.is_func_like() {
                            self.declare_store(q);
                        }
                    }
                    return Ok(());
                }
                self.expr(value)?;
                self.assign(lhs)
            }
            Some(Rule::expr_stmt_assign_list) => {
                let ch = t.children(rhs);
                let value = ch[ch.len() - 1];
                self.expr(value)?;
                let mut targets: Vec<Pn> = Vec::with_capacity(ch.len());
                targets.push(lhs);
                targets.extend_from_slice(&ch[..ch.len() - 1]);
                for (i, &target) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit.dup_top();
                    }
                    self.check_target(target)?;
                    self.assign(target)?;
                }
                Ok(())
            }
            _ => {
                if let Some(done) = self.const_assignment(lhs, rhs)? {
                    if done {
                        return Ok(());
                    }
                }
                self.check_target(lhs)?;
                // `a, b = c, d`: no tuple built (MicroPython's swap optimisation).
                if let (Some(l), Some(r)) = (self.plain_tuple(lhs), self.plain_tuple(rhs)) {
                    if l.len() == r.len() && (l.len() == 2 || l.len() == 3) {
                        for &x in &r {
                            self.expr(x)?;
                        }
                        if l.len() == 2 {
                            self.emit.rot_two();
                        } else {
                            self.emit.rot_three();
                            self.emit.rot_two();
                        }
                        for &x in &l {
                            self.assign(x)?;
                        }
                        return Ok(());
                    }
                }
                self.expr(rhs)?;
                self.assign(lhs)
            }
        }
    }

    /// Items of a tuple display with no star, else None.
    fn plain_tuple(&self, pn: Pn) -> Option<Vec<Pn>> {
        let t = self.tree;
        if !matches!(t.rule(pn), Some(Rule::testlist_star_expr | Rule::testlist)) {
            return None;
        }
        let items = self.seq_items(pn);
        (!items.iter().any(|&x| t.is(x, Rule::star_expr))).then_some(items)
    }

    /// Rejects targets the grammar accepts but Python does not.
    fn check_target(&self, target: Pn) -> R {
        let t = self.tree;
        match t.kind(target) {
            Kind::Node(Rule::yield_expr) => {
                Err(self.error_at(target, "can't assign to expression"))
            }
            _ => Ok(()),
        }
    }

    /// An expression statement: evaluated and dropped, printed at the REPL;
    /// constants (docstrings) compile to nothing.
    fn expr_statement(&mut self, e: Pn) -> R {
        let t = self.tree;
        let repl = self.mode == Mode::Single && self.scope().kind == ScopeKind::Module;
        if repl {
            self.load_id(names::__repl_print__)?;
            self.expr(e)?;
            self.emit.call_function(1, 0, 0);
            self.emit.pop_top();
            return Ok(());
        }
        let is_const = matches!(t.kind(e), Kind::SmallInt(_) | Kind::Str(_) | Kind::Lit(_))
            || matches!(
                t.kind(e),
                Kind::Token(Tok::KwNone | Tok::KwTrue | Tok::KwFalse | Tok::Ellipsis)
            );
        if is_const {
            return Ok(());
        }
        if t.is(e, Rule::star_expr) {
            return Err(self.error_at(e, "can't use starred expression here"));
        }
        self.expr(e)?;
        self.emit.pop_top();
        Ok(())
    }

    fn break_continue(&mut self, pn: Pn, is_break: bool) -> R {
        let Some(ctx) = self.loop_ctx else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.error_at(pn, msg));
        };
        let depth = self.cur_except_level - ctx.except_level;
        if is_break {
            self.emit.unwind_jump(ctx.brk, depth, ctx.from_for);
        } else {
            self.emit.unwind_jump(ctx.cont, depth, false);
        }
        Ok(())
    }

    fn declare_global(&mut self, pn: Pn, q: Qstr) -> R {
        let s = self.scope_mut();
        let (i, added) = s.find_or_add(q, IdKind::GlobalExplicit);
        if !added {
            let kind = s.ids[i].kind;
            let param = s.ids[i].param;
            let what = match kind {
                IdKind::GlobalExplicit => return Ok(()),
                IdKind::Free if !param => return Err(self.nonlocal_and_global(pn, q)),
                _ if param => "is parameter and global",
                IdKind::Local | IdKind::Cell => "is assigned to before global declaration",
                _ => "is used prior to global declaration",
            };
            let msg = alloc::format!("name '{}' {}", self.interner.get(q), what);
            return Err(self.error_at(pn, &msg));
        }
        Ok(())
    }

    fn declare_nonlocal(&mut self, pn: Pn, q: Qstr) -> R {
        if self.scope().kind == ScopeKind::Module {
            return Err(self.error_at(pn, "nonlocal declaration not allowed at module level"));
        }
        let (i, added) = self.scope_mut().find_or_add(q, IdKind::Undecided);
        if !added {
            let s = self.scope();
            let what = match s.ids[i].kind {
                IdKind::Free => return Ok(()),
                IdKind::GlobalExplicit => return Err(self.nonlocal_and_global(pn, q)),
                _ if s.ids[i].param => "is parameter and nonlocal",
                IdKind::Local | IdKind::Cell => "is assigned to before nonlocal declaration",
                _ => "is used prior to nonlocal declaration",
            };
            let msg = alloc::format!("name '{}' {}", self.interner.get(q), what);
            return Err(self.error_at(pn, &msg));
        }
        if !super::scope::close_over(&mut self.scopes, self.cur, q) {
            let msg = alloc::format!("no binding for nonlocal '{}' found", self.interner.get(q));
            return Err(self.error_at(pn, &msg));
        }
        Ok(())
    }

    /// `global x` and `nonlocal x` in one scope: reported, as CPython does,
    /// at the first of the two declarations.
    fn nonlocal_and_global(&self, pn: Pn, q: Qstr) -> super::CompileError {
        let t = self.tree;
        let msg = alloc::format!("name '{}' is nonlocal and global", self.interner.get(q));
        // Walk this scope's statements (not nested scopes) in source order.
        let root = self.scope().pn;
        let mut todo: Vec<Pn> = alloc::vec![root];
        while let Some(n) = todo.pop() {
            match t.rule(n) {
                Some(Rule::global_stmt | Rule::nonlocal_stmt) => {
                    let list = t.child(n, 0);
                    if t.items(&list, Rule::name_list)
                        .iter()
                        .any(|x| x.as_name() == Some(q))
                    {
                        return self.error_at(n, &msg);
                    }
                }
                Some(Rule::funcdef | Rule::classdef | Rule::lambdef) if n != root => {}
                Some(_) => todo.extend(t.children(n).iter().rev()),
                None => {}
            }
        }
        self.error_at(pn, &msg)
    }

    fn if_stmt(&mut self, ch: &[Pn]) -> R {
        let t = self.tree;
        let l_end = self.new_label();
        let elifs: Vec<Pn> = t.items(&ch[2], Rule::if_stmt_elif_list).to_vec();
        let mut arms: Vec<(Pn, Pn)> = Vec::with_capacity(1 + elifs.len());
        arms.push((ch[0], ch[1]));
        for e in elifs {
            arms.push((t.child(e, 0), t.child(e, 1)));
        }
        let else_body = ch[3];
        let n = arms.len();
        for (i, &(cond, body)) in arms.iter().enumerate() {
            let last = i + 1 == n && else_body.is_null();
            let l_fail = self.new_label();
            self.if_cond(cond, false, l_fail)?;
            self.stmt(body)?;
            if !last && !self.emit.last_emit_was_return_value() {
                self.emit.jump(l_end);
            }
            self.emit.label_assign(l_fail);
        }
        self.stmt(else_body)?;
        self.emit.label_assign(l_end);
        Ok(())
    }

    fn push_loop(&mut self, from_for: bool) -> (Option<LoopCtx>, LoopCtx) {
        let ctx = LoopCtx {
            brk: self.new_label(),
            cont: self.new_label(),
            from_for,
            except_level: self.cur_except_level,
        };
        (self.loop_ctx.replace(ctx), ctx)
    }

    fn while_stmt(&mut self, ch: &[Pn]) -> R {
        let (saved, ctx) = self.push_loop(false);
        if self.const_truth(ch[0]) != Some(false) {
            let l_top = self.new_label();
            if self.const_truth(ch[0]) != Some(true) {
                self.emit.jump(ctx.cont);
            }
            self.emit.label_assign(l_top);
            self.stmt(ch[1])?;
            self.emit.label_assign(ctx.cont);
            self.if_cond(ch[0], true, l_top)?;
        }
        self.loop_ctx = saved;
        self.stmt(ch[2])?;
        self.emit.label_assign(ctx.brk);
        Ok(())
    }

    fn for_stmt(&mut self, ch: &[Pn]) -> R {
        if let Some((start, end, step)) = self.range_args(ch[0], ch[1]) {
            return self.for_range(ch[0], start, end, step, ch[2], ch[3]);
        }
        let (saved, ctx) = self.push_loop(true);
        let l_pop = self.new_label();
        self.expr(ch[1])?;
        self.emit.get_iter(true);
        self.emit.label_assign(ctx.cont);
        self.emit.for_iter(l_pop);
        self.assign(ch[0])?;
        self.stmt(ch[2])?;
        self.emit.jump(ctx.cont);
        self.emit.label_assign(l_pop);
        self.emit.for_iter_end();
        self.loop_ctx = saved;
        self.stmt(ch[3])?;
        self.emit.label_assign(ctx.brk);
        Ok(())
    }

    /// `for x in range(...)` with a constant nonzero step, a name target and
    /// plain arguments: returns (start, end, step) nodes (null = default).
    fn range_args(&self, target: Pn, iter: Pn) -> Option<(Pn, Pn, Pn)> {
        let t = self.tree;
        target.as_name()?;
        if !t.is(iter, Rule::atom_expr_normal) || t.child(iter, 0).as_name() != Some(names::range) {
            return None;
        }
        // A local or global rebinding of `range` would change the meaning.
        if self.scope().get(names::range).is_some_and(|id| {
            id.kind != IdKind::GlobalImplicit
                && id.kind != IdKind::Undecided
                && id.kind != IdKind::GlobalExplicit
        }) {
            return None;
        }
        let call = t.child(iter, 1);
        if !t.is(call, Rule::trailer_paren) {
            return None;
        }
        let args_pn = t.child(call, 0);
        let args = t.items(&args_pn, Rule::arglist);
        if args.is_empty() || args.len() > 3 {
            return None;
        }
        if args.iter().any(|&a| {
            matches!(
                t.rule(a),
                Some(Rule::arglist_star | Rule::arglist_dbl_star | Rule::argument)
            )
        }) {
            return None;
        }
        match args.len() {
            1 => Some((Pn::NULL, args[0], Pn::NULL)),
            2 => Some((args[0], args[1], Pn::NULL)),
            _ => {
                let step = self.fold(args[2])?;
                match step {
                    super::fold::Folded::Int(s)
                        if s != 0
                            && Pn::small_int(s as i64).is_some()
                            && s.unsigned_abs() < 1 << 28 =>
                    {
                        Some((args[0], args[1], args[2]))
                    }
                    _ => None,
                }
            }
        }
    }

    /// The counting loop MicroPython compiles for `range`: no range object,
    /// no iterator; the counter (and a non-constant end) live on the stack.
    fn for_range(&mut self, var: Pn, start: Pn, end: Pn, step: Pn, body: Pn, else_: Pn) -> R {
        let step_val = match self.fold(step) {
            Some(super::fold::Folded::Int(s)) => s,
            _ => 1,
        };
        let (saved, ctx) = self.push_loop(false);
        let l_top = self.new_label();
        let l_entry = self.new_label();
        let end_const = end.as_small_int().is_some();
        if !end_const {
            self.expr(end)?;
        }
        if start.is_null() {
            self.emit.load_const_small_int(0);
        } else {
            self.expr(start)?;
        }
        self.emit.jump(l_entry);
        self.emit.label_assign(l_top);
        self.emit.dup_top();
        self.assign(var)?;
        self.stmt(body)?;
        self.emit.label_assign(ctx.cont);
        self.load_int(step_val);
        self.emit.binary_op(BinaryOp::InplaceAdd);
        self.emit.label_assign(l_entry);
        if end_const {
            self.emit.dup_top();
            self.expr(end)?;
        } else {
            self.emit.dup_top_two();
            self.emit.rot_two();
        }
        self.emit.binary_op(if step_val >= 0 {
            BinaryOp::Less
        } else {
            BinaryOp::More
        });
        self.emit.pop_jump_if(true, l_top);
        self.loop_ctx = saved;
        let mut l_end = None;
        if !else_.is_null() {
            self.emit.pop_top();
            if !end_const {
                self.emit.pop_top();
            }
            self.stmt(else_)?;
            let l = self.new_label();
            self.emit.jump(l);
            self.emit.adjust_stack_size(1 + i32::from(!end_const));
            l_end = Some(l);
        }
        self.emit.label_assign(ctx.brk);
        self.emit.pop_top();
        if !end_const {
            self.emit.pop_top();
        }
        if let Some(l) = l_end {
            self.emit.label_assign(l);
        }
        Ok(())
    }

    fn try_stmt(&mut self, ch: &[Pn]) -> R {
        let t = self.tree;
        let body = ch[0];
        let rest = ch[1];
        if t.is(rest, Rule::try_stmt_except_and_more) {
            let excepts: Vec<Pn> = t
                .items(&t.child(rest, 0), Rule::try_stmt_except_list)
                .to_vec();
            let else_ = t.child(rest, 1);
            let finally = t.child(rest, 2);
            if finally.is_null() {
                self.try_except(body, &excepts, else_)
            } else {
                self.try_finally(body, &excepts, else_, finally)
            }
        } else {
            self.try_finally(body, &[], Pn::NULL, rest)
        }
    }

    fn try_except(&mut self, body: Pn, excepts: &[Pn], else_: Pn) -> R {
        let t = self.tree;
        let l_handler = self.new_label();
        let l_success = self.new_label();
        self.increase_except_level(l_handler, BlockKind::Except);
        self.stmt(body)?;
        self.emit.pop_except_jump(l_success, false);
        self.emit.label_assign(l_handler);
        self.emit.start_except_handler();
        let l_end = self.new_label();
        for (i, &ex) in excepts.iter().enumerate() {
            let l_next = self.new_label();
            let spec = t.child(ex, 0);
            let mut bind: Option<Qstr> = None;
            if spec.is_null() {
                if i + 1 != excepts.len() {
                    return Err(self.error_at(ex, "default 'except' must be last"));
                }
            } else {
                let ty = if t.is(spec, Rule::try_stmt_as_name) {
                    bind = t.child(spec, 1).as_name();
                    t.child(spec, 0)
                } else {
                    spec
                };
                self.emit.dup_top();
                self.expr(ty)?;
                self.emit.binary_op(BinaryOp::ExceptionMatch);
                self.emit.pop_jump_if(false, l_next);
            }
            match bind {
                None => self.emit.pop_top(),
                Some(q) => self.store_id(q)?,
            }
            let l_cleanup = self.new_label();
            if bind.is_some() {
                self.increase_except_level(l_cleanup, BlockKind::Finally);
            }
            self.stmt(t.child(ex, 1))?;
            if let Some(q) = bind {
                // `except E as e` deletes `e` however the handler ends.
                self.emit.load_const_tok(ConstTok::None);
                self.emit.label_assign(l_cleanup);
                self.emit.adjust_stack_size(1);
                self.emit.load_const_tok(ConstTok::None);
                self.store_id(q)?;
                self.delete_id(q)?;
                self.emit.adjust_stack_size(-1);
                self.decrease_except_level();
                self.emit.end_finally();
            }
            self.emit.pop_except_jump(l_end, true);
            self.emit.label_assign(l_next);
            self.emit.adjust_stack_size(1);
        }
        self.decrease_except_level();
        self.emit.end_finally();
        self.emit.end_except_handler();
        self.emit.label_assign(l_success);
        self.stmt(else_)?;
        self.emit.label_assign(l_end);
        Ok(())
    }

    fn try_finally(&mut self, body: Pn, excepts: &[Pn], else_: Pn, finally: Pn) -> R {
        let l_finally = self.new_label();
        self.increase_except_level(l_finally, BlockKind::Finally);
        if excepts.is_empty() {
            self.emit.adjust_stack_size(3);
            self.stmt(body)?;
            self.emit.adjust_stack_size(-3);
        } else {
            self.try_except(body, excepts, else_)?;
        }
        self.emit.load_const_tok(ConstTok::None);
        self.emit.label_assign(l_finally);
        self.stmt(finally)?;
        self.decrease_except_level();
        self.emit.end_finally();
        Ok(())
    }

    /// `with a as x, b:` as nested blocks, set up in order and cleaned up in
    /// reverse, without recursion over the items.
    fn with_stmt(&mut self, items: Pn, body: Pn) -> R {
        let t = self.tree;
        let list: Vec<Pn> = t.items(&items, Rule::with_stmt_list).to_vec();
        let mut labels = Vec::with_capacity(list.len());
        for &it in &list {
            let l_end = self.new_label();
            labels.push(l_end);
            if t.is(it, Rule::with_item) {
                self.expr(t.child(it, 0))?;
                self.increase_except_level(l_end, BlockKind::With);
                self.assign(t.child(it, 1))?;
            } else {
                self.expr(it)?;
                self.increase_except_level(l_end, BlockKind::With);
                self.emit.pop_top();
            }
        }
        self.stmt(body)?;
        for &l_end in labels.iter().rev() {
            self.emit.with_cleanup(l_end);
            self.decrease_except_level();
            self.emit.end_finally();
        }
        Ok(())
    }

    fn async_stmt(&mut self, inner: Pn) -> R {
        let t = self.tree;
        match t.rule(inner) {
            Some(Rule::funcdef) => {
                let name = self.funcdef(inner, true)?;
                self.store_id(name)
            }
            Some(r) => {
                if !self.scope().is_async {
                    let msg = if r == Rule::for_stmt {
                        "'async for' outside async function"
                    } else {
                        "'async with' outside async function"
                    };
                    return Err(self.error_at(inner, msg));
                }
                if r == Rule::for_stmt {
                    self.async_for(t.children(inner))
                } else {
                    self.async_with(t.child(inner, 0), t.child(inner, 1))
                }
            }
            None => Err(self.error_at(inner, "invalid syntax")),
        }
    }

    /// A hidden local for async statement state (not a valid identifier,
    /// so it cannot clash with a user name).
    fn temp_local(&mut self) -> Result<Qstr, super::CompileError> {
        self.n_temps += 1;
        let name = alloc::format!(".t{}", self.n_temps % 64);
        let q = self.intern(&name)?;
        Ok(q)
    }

    fn async_for(&mut self, ch: &[Pn]) -> R {
        let context = self.temp_local()?;
        let l_else = self.new_label();
        let l_exc = self.new_label();
        let l_try_else = self.new_label();
        let l_finally = self.new_label();
        self.expr(ch[1])?;
        self.emit.load_method(names::__aiter__.0, false);
        self.emit.call_method(0, 0, 0);
        self.store_id(context)?;
        let (saved, ctx) = self.push_loop(false);
        self.emit.label_assign(ctx.cont);
        self.increase_except_level(l_exc, BlockKind::Except);
        self.load_id(context)?;
        self.await_method(names::__anext__);
        self.assign(ch[0])?;
        self.emit.pop_except_jump(l_try_else, false);
        self.emit.label_assign(l_exc);
        self.emit.start_except_handler();
        self.emit.dup_top();
        self.emit
            .load_global(names::StopAsyncIteration.0, GlobalKind::Global);
        self.emit.binary_op(BinaryOp::ExceptionMatch);
        self.emit.pop_jump_if(false, l_finally);
        self.emit.pop_top();
        self.emit.pop_except_jump(l_else, true);
        self.emit.label_assign(l_finally);
        self.emit.adjust_stack_size(1);
        self.decrease_except_level();
        self.emit.end_finally();
        self.emit.end_except_handler();
        self.emit.label_assign(l_try_else);
        self.stmt(ch[2])?;
        self.emit.jump(ctx.cont);
        self.loop_ctx = saved;
        self.emit.label_assign(l_else);
        self.stmt(ch[3])?;
        self.emit.label_assign(ctx.brk);
        Ok(())
    }

    /// `async with a as x, b:` as MicroPython compiles it: per item, enter
    /// with an awaited `__aenter__` and a finally block; after the body, the
    /// items' `__aexit__` calls in reverse order. `__aexit__` is looked up
    /// only when needed, keeping one stack slot per item.
    fn async_with(&mut self, items: Pn, body: Pn) -> R {
        let t = self.tree;
        let list: Vec<Pn> = t.items(&items, Rule::with_stmt_list).to_vec();
        // Per item: finally block, `__aexit__` without exception, after a
        // return or unwind jump, end.
        let mut labels: Vec<[mupy_emitters::Label; 4]> = Vec::with_capacity(list.len());
        for &it in &list {
            let l = [
                self.new_label(),
                self.new_label(),
                self.new_label(),
                self.new_label(),
            ];
            labels.push(l);
            let (ctx, target) = if t.is(it, Rule::with_item) {
                (t.child(it, 0), Some(t.child(it, 1)))
            } else {
                (it, None)
            };
            self.expr(ctx)?;
            self.emit.dup_top();
            self.await_method(names::__aenter__);
            match target {
                Some(target) => self.assign(target)?,
                None => self.emit.pop_top(),
            }
            self.increase_except_level(l[0], BlockKind::Finally);
            // The state an unwind jump may leave below the body's values.
            self.emit.adjust_stack_size(3);
        }
        self.stmt(body)?;
        for &[l_finally, l_aexit_no_exc, l_ret_unwind_jump, l_end] in labels.iter().rev() {
            self.emit.adjust_stack_size(-3);
            self.emit.async_with_setup_finally(
                l_aexit_no_exc,
                l_finally,
                l_ret_unwind_jump,
                names::BaseException.0,
            );
            // An exception: `__aexit__(type(exc), exc, None)` decides
            // whether it propagates.
            self.emit.dup_top();
            self.emit.rot_three();
            self.emit.rot_two();
            self.emit.load_method(names::__aexit__.0, false);
            self.emit.rot_three();
            self.emit.rot_three();
            self.emit.dup_top();
            self.emit
                .attr(names::__class__.0, mupy_emitters::AccessKind::Load);
            self.emit.rot_two();
            self.emit.load_const_tok(ConstTok::None);
            self.emit.call_method(3, 0, 0);
            self.yield_from();
            self.emit.pop_jump_if(false, l_end);
            self.emit.pop_top();
            self.emit.load_const_tok(ConstTok::None);
            self.emit.jump(l_end);
            self.emit.adjust_stack_size(2);
            // A return or unwind jump, then the body's normal end.
            self.emit.label_assign(l_ret_unwind_jump);
            self.emit.rot_three();
            self.emit.rot_three();
            self.emit.label_assign(l_aexit_no_exc);
            self.emit.load_method(names::__aexit__.0, false);
            self.emit.load_const_tok(ConstTok::None);
            self.emit.dup_top();
            self.emit.dup_top();
            self.emit.call_method(3, 0, 0);
            self.yield_from();
            self.emit.pop_top();
            self.emit.adjust_stack_size(-1);
            self.emit.label_assign(l_end);
            self.decrease_except_level();
            self.emit.end_finally();
        }
        Ok(())
    }

    /// `import a.b.c [as d]`: pushes the module; returns the name to bind.
    fn import_name(&mut self, pn: Pn) -> Result<Qstr, super::CompileError> {
        let t = self.tree;
        let (dotted, alias) = if t.is(pn, Rule::dotted_as_name) {
            (t.child(pn, 0), t.child(pn, 1).as_name())
        } else {
            (pn, None)
        };
        if dotted.is_null() {
            self.emit.import(names::EMPTY.0, ImportKind::Name);
            return Ok(names::EMPTY);
        }
        let parts: Vec<Qstr> = t
            .items(&dotted, Rule::dotted_name)
            .iter()
            .map(|p| p.as_name().unwrap_or(names::EMPTY))
            .collect();
        let full = if parts.len() == 1 {
            parts[0]
        } else {
            let mut s = String::new();
            for (i, q) in parts.iter().enumerate() {
                if i > 0 {
                    s.push('.');
                }
                s.push_str(self.interner.get(*q));
            }
            self.intern(&s)?
        };
        self.emit.import(full.0, ImportKind::Name);
        if alias.is_some() {
            for q in &parts[1..] {
                self.emit.attr(q.0, mupy_emitters::AccessKind::Load);
            }
        }
        Ok(alias.unwrap_or(parts[0]))
    }

    fn import_from(&mut self, pn: Pn) -> R {
        let t = self.tree;
        let mut source = t.child(pn, 0);
        let what = t.child(pn, 1);
        let mut level = 0u32;
        let dots = if t.is(source, Rule::import_from_2b) {
            let d = t.child(source, 0);
            source = t.child(source, 1);
            Some(d)
        } else if source.as_token().is_some() || t.is(source, Rule::one_or_more_period_or_ellipsis)
        {
            let d = source;
            source = Pn::NULL;
            Some(d)
        } else {
            None
        };
        if let Some(d) = dots {
            for p in t.items(&d, Rule::one_or_more_period_or_ellipsis) {
                level += if p.as_token() == Some(Tok::Ellipsis) {
                    3
                } else {
                    1
                };
            }
        }
        self.emit.load_const_small_int(level as i64);
        if what.as_token() == Some(Tok::Star) {
            if self.scope().kind != ScopeKind::Module {
                return Err(self.error_at(pn, "import * only allowed at module level"));
            }
            self.emit.load_const_str(names::STAR.0);
            self.emit.build(1, BuildKind::Tuple);
            self.import_name(source)?;
            self.emit.import(0, ImportKind::Star);
            return Ok(());
        }
        let list_rule = if t.is(what, Rule::import_as_names_bare) {
            Rule::import_as_names_bare
        } else {
            Rule::import_as_names
        };
        let list: Vec<Pn> = t.items(&what, list_rule).to_vec();
        let mut pairs = Vec::with_capacity(list.len());
        for &it in &list {
            let (name, alias) = if t.is(it, Rule::import_as_name) {
                (t.child(it, 0).as_name(), t.child(it, 1).as_name())
            } else {
                (it.as_name(), None)
            };
            let name = name.unwrap_or(names::EMPTY);
            pairs.push((name, alias.unwrap_or(name)));
            self.emit.load_const_str(name.0);
        }
        self.emit.build(pairs.len() as u32, BuildKind::Tuple);
        self.import_name(source)?;
        for (name, bind) in pairs {
            self.emit.import(name.0, ImportKind::From);
            self.store_id(bind)?;
        }
        self.emit.pop_top();
        Ok(())
    }
}
