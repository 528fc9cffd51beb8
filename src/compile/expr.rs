//! Expressions: operators, displays, calls, subscripts, attribute access,
//! conditional and boolean logic, comprehensions, yield/await.

use alloc::vec::Vec;

use super::scope::ScopeKind;
use super::{CompileError, Compiler, R};
use crate::lex::Tok;
use crate::parse::grammar::Rule;
use crate::parse::{Kind, Lit, Pn};
use crate::qstr::names;
use mupy_emitters::{
    star_flags, AccessKind, BigIntLiteral, BinaryOp, BuildKind, CompKind, Const, ConstTok, Emit,
    Label, Pass, UnaryOp, YieldKind,
};

/// Comparison operator of a `comparison` separator.
fn compare_op(t: &crate::parse::Tree, pn: Pn) -> Option<BinaryOp> {
    if let Some(tok) = pn.as_token() {
        return Some(match tok {
            Tok::Less => BinaryOp::Less,
            Tok::More => BinaryOp::More,
            Tok::DblEq => BinaryOp::Equal,
            Tok::LessEq => BinaryOp::LessEqual,
            Tok::MoreEq => BinaryOp::MoreEqual,
            Tok::NotEq => BinaryOp::NotEqual,
            Tok::KwIn => BinaryOp::In,
            _ => return None,
        });
    }
    match t.rule(pn)? {
        Rule::comp_op_not_in => Some(BinaryOp::NotIn),
        Rule::comp_op_is if t.child(pn, 0).is_null() => Some(BinaryOp::Is),
        Rule::comp_op_is => Some(BinaryOp::IsNot),
        _ => None,
    }
}

/// Binary arithmetic operator for a token (plain or augmented form).
pub(crate) fn arith_op(tok: Tok) -> Option<BinaryOp> {
    Some(match tok {
        Tok::Pipe => BinaryOp::Or,
        Tok::Caret => BinaryOp::Xor,
        Tok::Amp => BinaryOp::And,
        Tok::DblLess => BinaryOp::Lshift,
        Tok::DblMore => BinaryOp::Rshift,
        Tok::Plus => BinaryOp::Add,
        Tok::Minus => BinaryOp::Subtract,
        Tok::Star => BinaryOp::Multiply,
        Tok::At => BinaryOp::MatMultiply,
        Tok::DblSlash => BinaryOp::FloorDivide,
        Tok::Slash => BinaryOp::TrueDivide,
        Tok::Percent => BinaryOp::Modulo,
        Tok::DblStar => BinaryOp::Power,
        Tok::PipeEq => BinaryOp::InplaceOr,
        Tok::CaretEq => BinaryOp::InplaceXor,
        Tok::AmpEq => BinaryOp::InplaceAnd,
        Tok::DblLessEq => BinaryOp::InplaceLshift,
        Tok::DblMoreEq => BinaryOp::InplaceRshift,
        Tok::PlusEq => BinaryOp::InplaceAdd,
        Tok::MinusEq => BinaryOp::InplaceSubtract,
        Tok::StarEq => BinaryOp::InplaceMultiply,
        Tok::AtEq => BinaryOp::InplaceMatMultiply,
        Tok::DblSlashEq => BinaryOp::InplaceFloorDivide,
        Tok::SlashEq => BinaryOp::InplaceTrueDivide,
        Tok::PercentEq => BinaryOp::InplaceModulo,
        Tok::DblStarEq => BinaryOp::InplacePower,
        _ => return None,
    })
}

impl<E: Emit> Compiler<'_, E> {
    /// A literal leaf as a constant value (for constant tuples).
    fn leaf_const(&self, pn: Pn) -> Option<Const> {
        let t = self.tree;
        Some(match t.kind(pn) {
            Kind::SmallInt(v) => {
                let bits = self.cfg.small_int_bits.clamp(2, 64);
                if (v as i128) < (1i128 << (bits - 1)) && (v as i128) >= -(1i128 << (bits - 1)) {
                    Const::SmallInt(v as i64)
                } else {
                    Const::Int(BigIntLiteral::from_i128(v as i128))
                }
            }
            Kind::Str(q) => Const::Str(self.interner.get(q).into()),
            Kind::Token(Tok::KwNone) => Const::None,
            Kind::Token(Tok::KwTrue) => Const::True,
            Kind::Token(Tok::KwFalse) => Const::False,
            Kind::Token(Tok::Ellipsis) => Const::Ellipsis,
            Kind::Lit(i) => match t.lit(i) {
                Lit::Int(v) => Const::Int(BigIntLiteral::from_i128(*v as i128)),
                Lit::BigInt(s) => Const::Int(BigIntLiteral::from_digits(s, 10)?),
                Lit::Float(f) => Const::Float(*f),
                Lit::Imag(f) => Const::Complex { re: 0.0, im: *f },
                Lit::Str(s) => Const::Str(s.clone()),
                Lit::Bytes(b) => Const::Bytes(b.clone()),
            },
            _ => return None,
        })
    }

    pub(crate) fn expr(&mut self, pn: Pn) -> R {
        self.check_stack(pn)?;
        let t = self.tree;
        match t.kind(pn) {
            Kind::Null => {
                self.emit.load_const_tok(ConstTok::None);
                Ok(())
            }
            Kind::Name(q) => {
                if self.try_fold(pn)? {
                    return Ok(());
                }
                self.load_id(q)
            }
            Kind::SmallInt(v) => {
                self.load_int(v as i128);
                Ok(())
            }
            Kind::Str(q) => {
                self.emit.load_const_str(q.0);
                Ok(())
            }
            Kind::Token(tok) => {
                let c = match tok {
                    Tok::KwNone => ConstTok::None,
                    Tok::KwTrue => ConstTok::True,
                    Tok::KwFalse => ConstTok::False,
                    Tok::Ellipsis => ConstTok::Ellipsis,
                    _ => return Err(self.error_at(pn, "invalid syntax")),
                };
                self.emit.load_const_tok(c);
                Ok(())
            }
            Kind::Lit(i) => {
                if let Lit::Int(v) = t.lit(i) {
                    self.load_int(*v as i128);
                } else if let Some(c) = self.leaf_const(pn) {
                    self.emit.load_const_obj(c);
                }
                Ok(())
            }
            Kind::Node(rule) => {
                let line = t.line(pn);
                if self.pass != Pass::Scope && line != 0 {
                    self.emit.set_source_line(line);
                }
                self.expr_node(pn, rule)
            }
        }
    }

    fn expr_node(&mut self, pn: Pn, rule: Rule) -> R {
        let t = self.tree;
        let ch = t.children(pn);
        match rule {
            Rule::or_test | Rule::and_test => {
                let l_end = self.new_label();
                for &x in &ch[..ch.len() - 1] {
                    self.expr(x)?;
                    self.emit.jump_if_or_pop(rule == Rule::or_test, l_end);
                }
                self.expr(ch[ch.len() - 1])?;
                self.emit.label_assign(l_end);
            }
            Rule::not_test_2 => {
                self.expr(ch[0])?;
                self.emit.unary_op(UnaryOp::Not);
            }
            Rule::comparison => self.comparison(ch)?,
            Rule::expr | Rule::xor_expr | Rule::and_expr => {
                if self.try_fold(pn)? {
                    return Ok(());
                }
                let op = match rule {
                    Rule::expr => BinaryOp::Or,
                    Rule::xor_expr => BinaryOp::Xor,
                    _ => BinaryOp::And,
                };
                self.expr(ch[0])?;
                for &x in &ch[1..] {
                    self.expr(x)?;
                    self.emit.binary_op(op);
                }
            }
            Rule::shift_expr | Rule::arith_expr | Rule::term => {
                if self.try_fold(pn)? {
                    return Ok(());
                }
                self.expr(ch[0])?;
                for pair in ch[1..].chunks(2) {
                    let op = pair[0].as_token().and_then(arith_op);
                    let (Some(op), Some(&rhs)) = (op, pair.get(1)) else {
                        return Err(self.error_at(pn, "invalid syntax"));
                    };
                    self.expr(rhs)?;
                    self.emit.binary_op(op);
                }
            }
            Rule::factor_2 => {
                if self.try_fold(pn)? {
                    return Ok(());
                }
                self.expr(ch[1])?;
                let op = match ch[0].as_token() {
                    Some(Tok::Plus) => UnaryOp::Positive,
                    Some(Tok::Minus) => UnaryOp::Negative,
                    _ => UnaryOp::Invert,
                };
                self.emit.unary_op(op);
            }
            Rule::power => {
                if self.try_fold(pn)? {
                    return Ok(());
                }
                self.expr(ch[0])?;
                self.expr(ch[1])?;
                self.emit.binary_op(BinaryOp::Power);
            }
            Rule::star_expr => return Err(self.error_at(pn, "*x must be assignment target")),
            Rule::atom_expr_normal => self.atom_expr(ch[0], ch[1])?,
            Rule::atom_expr_await => {
                if !self.scope().is_async {
                    return Err(self.error_at(pn, "'await' outside function"));
                }
                self.expr(ch[0])?;
                self.yield_from();
            }
            // Empty `()`, or a parenthesised tuple / generator expression.
            Rule::atom_paren if ch.is_empty() || ch[0].is_null() => {
                self.emit.build(0, BuildKind::Tuple)
            }
            Rule::atom_paren => self.expr(ch[0])?,
            Rule::testlist_comp => {
                if t.is(ch[1], Rule::comp_for) {
                    self.comprehension(pn, ScopeKind::GenExpr)?;
                } else {
                    self.tuple(pn)?;
                }
            }
            Rule::testlist | Rule::testlist_star_expr | Rule::exprlist | Rule::subscriptlist => {
                self.tuple(pn)?
            }
            Rule::atom_bracket => self.list_display(ch[0])?,
            Rule::atom_brace => self.brace_display(ch[0])?,
            Rule::test_if_expr => {
                let l_fail = self.new_label();
                let l_end = self.new_label();
                let cond = t.child(ch[1], 0);
                let other = t.child(ch[1], 1);
                self.if_cond(cond, false, l_fail)?;
                self.expr(ch[0])?;
                self.emit.jump(l_end);
                self.emit.label_assign(l_fail);
                self.emit.adjust_stack_size(-1);
                self.expr(other)?;
                self.emit.label_assign(l_end);
            }
            Rule::lambdef | Rule::lambdef_nocond => self.lambda(pn)?,
            Rule::namedexpr_test => {
                let Some(q) = ch[0].as_name() else {
                    return Err(self.error_at(pn, "can't assign to expression"));
                };
                self.expr(ch[1])?;
                self.emit.dup_top();
                self.walrus_store(q)?;
            }
            Rule::yield_expr => self.yield_expr(pn)?,
            Rule::subscript_2 | Rule::subscript_3 => self.slice(pn)?,
            _ => return Err(self.error_at(pn, "invalid syntax")),
        }
        Ok(())
    }

    /// `a < b < c`: each middle operand is evaluated once; the chain stops
    /// at the first false comparison.
    fn comparison(&mut self, ch: &[Pn]) -> R {
        let t = self.tree;
        self.expr(ch[0])?;
        let n_ops = (ch.len() - 1) / 2;
        let l_fail = if n_ops > 1 {
            Some(self.new_label())
        } else {
            None
        };
        for (i, pair) in ch[1..].chunks(2).enumerate() {
            let Some(op) = compare_op(t, pair[0]) else {
                return Err(self.error_at(pair[0], "invalid syntax"));
            };
            self.expr(pair[1])?;
            let last = i + 1 == n_ops;
            if !last {
                self.emit.dup_top();
                self.emit.rot_three();
            }
            self.emit.binary_op(op);
            if let (false, Some(l)) = (last, l_fail) {
                self.emit.jump_if_or_pop(false, l);
            }
        }
        if let Some(l_fail) = l_fail {
            let l_end = self.new_label();
            self.emit.jump(l_end);
            self.emit.label_assign(l_fail);
            self.emit.adjust_stack_size(1);
            self.emit.rot_two();
            self.emit.pop_top();
            self.emit.label_assign(l_end);
        }
        Ok(())
    }

    /// Jumps to `label` if `pn` is `jump_if`, short-circuiting `and`/`or`/`not`.
    pub(crate) fn if_cond(&mut self, pn: Pn, jump_if: bool, label: Label) -> R {
        self.check_stack(pn)?;
        let t = self.tree;
        if let Some(v) = self.const_truth(pn) {
            if v == jump_if {
                self.emit.jump(label);
            }
            return Ok(());
        }
        match t.rule(pn) {
            Some(r @ (Rule::or_test | Rule::and_test)) => {
                let ch = t.children(pn);
                let is_or = r == Rule::or_test;
                if jump_if == is_or {
                    for &x in ch {
                        self.if_cond(x, jump_if, label)?;
                    }
                } else {
                    let l2 = self.new_label();
                    for &x in &ch[..ch.len() - 1] {
                        self.if_cond(x, !jump_if, l2)?;
                    }
                    self.if_cond(ch[ch.len() - 1], jump_if, label)?;
                    self.emit.label_assign(l2);
                }
            }
            Some(Rule::not_test_2) => self.if_cond(t.child(pn, 0), !jump_if, label)?,
            _ => {
                self.expr(pn)?;
                self.emit.pop_jump_if(jump_if, label);
            }
        }
        Ok(())
    }

    /// Truth of a constant condition (`True`, `1`, `None`, ...).
    pub(crate) fn const_truth(&self, pn: Pn) -> Option<bool> {
        match self.tree.kind(pn) {
            Kind::Token(Tok::KwTrue) => Some(true),
            Kind::Token(Tok::KwFalse | Tok::KwNone) => Some(false),
            Kind::SmallInt(v) => Some(v != 0),
            Kind::Node(Rule::atom_paren) if self.tree.child(pn, 0).is_null() => Some(false),
            _ => None,
        }
    }

    /// Items of a tuple-like node (testlist, testlist_comp, ...).
    pub(crate) fn seq_items(&self, pn: Pn) -> Vec<Pn> {
        let t = self.tree;
        let mut out = Vec::new();
        match t.rule(pn) {
            Some(Rule::testlist_comp) => {
                out.push(t.child(pn, 0));
                let rest = t.child(t.child(pn, 1), 0);
                out.extend_from_slice(t.items(&rest, Rule::testlist_comp_3c));
            }
            Some(
                Rule::testlist | Rule::testlist_star_expr | Rule::exprlist | Rule::subscriptlist,
            ) => {
                out.extend_from_slice(t.children(pn));
            }
            Some(Rule::atom_paren) => {
                let inner = t.child(pn, 0);
                if !inner.is_null() {
                    out = self.seq_items(inner);
                }
            }
            _ => out.push(pn),
        }
        out
    }

    fn tuple(&mut self, pn: Pn) -> R {
        let items = self.seq_items(pn);
        if let Some(consts) = items
            .iter()
            .map(|&x| self.leaf_const(x))
            .collect::<Option<Vec<_>>>()
        {
            if !consts.is_empty() {
                self.emit.load_const_obj(Const::Tuple(consts));
                return Ok(());
            }
        }
        for &x in &items {
            self.expr(x)?;
        }
        self.emit.build(items.len() as u32, BuildKind::Tuple);
        Ok(())
    }

    fn list_display(&mut self, inner: Pn) -> R {
        let t = self.tree;
        if t.is(inner, Rule::testlist_comp) && t.is(t.child(inner, 1), Rule::comp_for) {
            return self.comprehension(inner, ScopeKind::ListComp);
        }
        let items = if inner.is_null() {
            Vec::new()
        } else if t.is(inner, Rule::testlist_comp) {
            self.seq_items(inner)
        } else {
            alloc::vec![inner]
        };
        for &x in &items {
            self.expr(x)?;
        }
        self.emit.build(items.len() as u32, BuildKind::List);
        Ok(())
    }

    fn brace_display(&mut self, inner: Pn) -> R {
        let t = self.tree;
        if inner.is_null() {
            self.emit.build(0, BuildKind::Map);
            return Ok(());
        }
        let mut items: Vec<Pn> = Vec::new();
        if t.is(inner, Rule::dictorsetmaker) {
            let first = t.child(inner, 0);
            let tail = t.child(inner, 1);
            if t.is(tail, Rule::comp_for) {
                let kind = if t.is(first, Rule::dictorsetmaker_item) {
                    ScopeKind::DictComp
                } else {
                    ScopeKind::SetComp
                };
                return self.comprehension(inner, kind);
            }
            items.push(first);
            let rest = t.child(tail, 0);
            items.extend_from_slice(t.items(&rest, Rule::dictorsetmaker_list2));
        } else {
            items.push(inner);
        }
        let is_dict = t.is(items[0], Rule::dictorsetmaker_item);
        if is_dict {
            self.emit.build(items.len() as u32, BuildKind::Map);
            for &it in &items {
                if !t.is(it, Rule::dictorsetmaker_item) {
                    return Err(self.error_at(it, "expecting key:value for dict"));
                }
                self.expr(t.child(it, 1))?;
                self.expr(t.child(it, 0))?;
                self.emit.store_map();
            }
        } else {
            for &it in &items {
                if t.is(it, Rule::dictorsetmaker_item) {
                    return Err(self.error_at(it, "expecting just a value for set"));
                }
                self.expr(it)?;
            }
            self.emit.build(items.len() as u32, BuildKind::Set);
        }
        Ok(())
    }

    /// `x[a:b:c]` index forms (the object is already on the stack).
    fn slice(&mut self, pn: Pn) -> R {
        let t = self.tree;
        let s3 = if t.is(pn, Rule::subscript_2) {
            self.expr(t.child(pn, 0))?;
            t.child(pn, 1)
        } else {
            self.emit.load_const_tok(ConstTok::None);
            pn
        };
        let x = t.child(s3, 0);
        match t.rule(x) {
            _ if x.is_null() => {
                self.emit.load_const_tok(ConstTok::None);
                self.emit.build(2, BuildKind::Slice);
            }
            Some(Rule::subscript_3c) => {
                self.emit.load_const_tok(ConstTok::None);
                let step = t.child(x, 0);
                if step.is_null() {
                    self.emit.build(2, BuildKind::Slice);
                } else {
                    self.expr(step)?;
                    self.emit.build(3, BuildKind::Slice);
                }
            }
            Some(Rule::subscript_3d) => {
                self.expr(t.child(x, 0))?;
                let step = t.child(t.child(x, 1), 0);
                if step.is_null() {
                    self.emit.build(2, BuildKind::Slice);
                } else {
                    self.expr(step)?;
                    self.emit.build(3, BuildKind::Slice);
                }
            }
            _ => {
                self.expr(x)?;
                self.emit.build(2, BuildKind::Slice);
            }
        }
        Ok(())
    }

    /// `atom trailer*`: attribute loads, subscripts and calls, with
    /// `obj.meth(...)` as LOAD_METHOD/CALL_METHOD and zero-arg `super()`.
    pub(crate) fn atom_expr(&mut self, atom: Pn, trailers: Pn) -> R {
        let t = self.tree;
        let tr: Vec<Pn> = t.items(&trailers, Rule::atom_expr_trailers).to_vec();
        self.trailers_upto(atom, &tr, tr.len())
    }

    /// Compiles `atom` followed by the first `n` trailers of `tr`.
    pub(crate) fn trailers_upto(&mut self, atom: Pn, tr: &[Pn], n: usize) -> R {
        let t = self.tree;
        self.expr(atom)?;
        let mut i = 0;
        if n > 0
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
                self.call_args(t.child(tr[2], 0), true, 0)?;
                i = 3;
            } else {
                self.emit.call_function(2, 0, 0);
                i = 1;
            }
        }
        while i < n {
            let x = tr[i];
            match t.rule(x) {
                Some(Rule::trailer_period) => {
                    let name = t.child(x, 0).as_name().unwrap_or(names::EMPTY);
                    if i + 1 < n && t.is(tr[i + 1], Rule::trailer_paren) {
                        self.emit.load_method(name.0, false);
                        self.call_args(t.child(tr[i + 1], 0), true, 0)?;
                        i += 2;
                        continue;
                    }
                    self.emit.attr(name.0, AccessKind::Load);
                }
                Some(Rule::trailer_paren) => self.call_args(t.child(x, 0), false, 0)?,
                Some(Rule::trailer_bracket) => {
                    self.expr(t.child(x, 0))?;
                    self.emit.subscr(AccessKind::Load);
                }
                _ => return Err(self.error_at(x, "invalid syntax")),
            }
            i += 1;
        }
        Ok(())
    }

    /// Compiles call arguments and the call. `extra` positional arguments
    /// are already on the stack (class bases: the body function and name).
    pub(crate) fn call_args(&mut self, args: Pn, is_method: bool, extra: u32) -> R {
        let t = self.tree;
        let list: Vec<Pn> = t.items(&args, Rule::arglist).to_vec();
        let mut n_pos = extra;
        let mut n_kw = 0u32;
        let mut flags = 0u8;
        let mut star_args: u64 = 0;
        let bits = self.cfg.small_int_bits.clamp(2, 64);
        for (i, &a) in list.iter().enumerate() {
            match t.rule(a) {
                Some(Rule::arglist_star) => {
                    if flags & star_flags::DOUBLE != 0 {
                        return Err(self.error_at(a, "* arg after **"));
                    }
                    if i as u32 >= bits - 1 {
                        return Err(self.error_at(a, "too many args"));
                    }
                    flags |= star_flags::SINGLE;
                    star_args |= 1 << i;
                    self.expr(t.child(a, 0))?;
                    n_pos += 1;
                }
                Some(Rule::arglist_dbl_star) => {
                    flags |= star_flags::DOUBLE;
                    self.emit.load_null();
                    self.expr(t.child(a, 0))?;
                    n_kw += 1;
                }
                Some(Rule::argument) if t.is(t.child(a, 1), Rule::comp_for) => {
                    if list.len() > 1 {
                        return Err(self.error_at(a, "Generator expression must be parenthesized"));
                    }
                    self.comprehension(a, ScopeKind::GenExpr)?;
                    n_pos += 1;
                }
                Some(Rule::argument) if t.is(t.child(a, 1), Rule::argument_4) => {
                    self.positional_ok(a, flags, n_kw)?;
                    let Some(q) = t.child(a, 0).as_name() else {
                        return Err(self.error_at(a, "can't assign to expression"));
                    };
                    self.expr(t.child(t.child(a, 1), 0))?;
                    self.emit.dup_top();
                    self.walrus_store(q)?;
                    n_pos += 1;
                }
                Some(Rule::argument) => {
                    let Some(q) = t.child(a, 0).as_name() else {
                        return Err(self.error_at(a, "LHS of keyword arg must be an id"));
                    };
                    self.emit.load_const_str(q.0);
                    self.expr(t.child(a, 1))?;
                    n_kw += 1;
                }
                _ => {
                    self.positional_ok(a, flags, n_kw)?;
                    self.expr(a)?;
                    n_pos += 1;
                }
            }
        }
        if n_pos > 255 || n_kw > 255 {
            return Err(self.error_at(args, "too many arguments"));
        }
        if flags != 0 {
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
        let child = self.child_scope(kind, pn, name);
        if self.pass == Pass::Scope && self.scope().is_async {
            self.scopes[child].is_async = false;
        }
        self.close_over_and_make(child, 0, 0)?;
        let comp_for = t.child(pn, 1);
        self.expr(t.child(comp_for, 1))?;
        if kind == ScopeKind::GenExpr {
            self.emit.get_iter(false);
        }
        self.emit.call_function(1, 0, 0);
        Ok(())
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
        self.comp_iter(t.child(pn, 1), t.child(pn, 0), 0)?;
        if kind == ScopeKind::GenExpr {
            self.emit.load_const_tok(ConstTok::None);
        }
        self.emit.return_value();
        Ok(())
    }

    fn comp_iter(&mut self, comp_for: Pn, inner: Pn, depth: u32) -> R {
        let t = self.tree;
        let l_top = self.new_label();
        let l_end = self.new_label();
        self.emit.label_assign(l_top);
        self.emit.for_iter(l_end);
        self.assign(t.child(comp_for, 0))?;
        let mut it = t.child(comp_for, 2);
        loop {
            if it.is_null() {
                let kind = self.scope().kind;
                if kind == ScopeKind::DictComp {
                    self.expr(t.child(inner, 1))?;
                    self.expr(t.child(inner, 0))?;
                } else {
                    self.expr(inner)?;
                }
                match kind {
                    ScopeKind::GenExpr => {
                        self.emit.yield_op(YieldKind::Value);
                        self.emit.pop_top();
                    }
                    ScopeKind::DictComp => self.emit.store_comp(CompKind::Dict, 4 * depth + 5),
                    ScopeKind::SetComp => self.emit.store_comp(CompKind::Set, 4 * depth + 5),
                    _ => self.emit.store_comp(CompKind::List, 4 * depth + 5),
                }
                break;
            }
            if t.is(it, Rule::comp_if) {
                self.if_cond(t.child(it, 0), false, l_top)?;
                it = t.child(it, 1);
                continue;
            }
            self.expr(t.child(it, 1))?;
            self.emit.get_iter(true);
            self.comp_iter(it, inner, depth + 1)?;
            break;
        }
        self.emit.jump(l_top);
        self.emit.label_assign(l_end);
        self.emit.for_iter_end();
        Ok(())
    }

    fn yield_expr(&mut self, pn: Pn) -> R {
        let t = self.tree;
        if !self.scope().kind.is_func_like() || self.scope().kind.is_comprehension() {
            return Err(self.error_at(pn, "'yield' outside function"));
        }
        if self.pass == Pass::Scope {
            self.scope_mut().flags |= mupy_emitters::scope_flags::GENERATOR;
        }
        let arg = t.child(pn, 0);
        if t.is(arg, Rule::yield_arg_from) {
            self.expr(t.child(arg, 0))?;
            self.yield_from();
        } else {
            self.expr(arg)?;
            self.emit.yield_op(YieldKind::Value);
        }
        Ok(())
    }

    pub(crate) fn yield_from(&mut self) {
        if self.pass == Pass::Scope {
            self.scope_mut().flags |= mupy_emitters::scope_flags::GENERATOR;
        }
        self.emit.get_iter(false);
        self.emit.load_const_tok(ConstTok::None);
        self.emit.yield_op(YieldKind::From);
    }

    /// `obj.method()` awaited: for `async for`/`async with`.
    pub(crate) fn await_method(&mut self, q: crate::qstr::Qstr) {
        self.emit.load_method(q.0, false);
        self.emit.call_method(0, 0, 0);
        self.yield_from();
    }

    /// Stores the target of `:=`: inside comprehensions it binds in the
    /// enclosing function (PEP 572).
    fn walrus_store(&mut self, q: crate::qstr::Qstr) -> R {
        if self.pass == Pass::Scope && self.scope().kind.is_comprehension() {
            let mut s = self.scope().parent;
            while let Some(i) = s {
                if !self.scopes[i].kind.is_comprehension() {
                    break;
                }
                s = self.scopes[i].parent;
            }
            if let Some(owner) = s {
                let is_module = self.scopes[owner].kind == ScopeKind::Module;
                let o = &mut self.scopes[owner];
                let (k, _) = o.find_or_add(q, super::IdKind::Local);
                if matches!(
                    o.ids[k].kind,
                    super::IdKind::Undecided | super::IdKind::GlobalImplicit
                ) {
                    o.ids[k].kind = super::IdKind::Local;
                }
                let global = is_module || o.ids[k].kind == super::IdKind::GlobalExplicit;
                let kind = if global {
                    super::IdKind::GlobalExplicit
                } else {
                    super::IdKind::Undecided
                };
                let (j, _) = self.scope_mut().find_or_add(q, kind);
                self.scope_mut().ids[j].kind = kind;
            }
            self.id_op(q, 1);
            return Ok(());
        }
        self.store_id(q)
    }

    #[allow(dead_code)]
    fn err(&self, pn: Pn, msg: &str) -> CompileError {
        self.error_at(pn, msg)
    }
}
