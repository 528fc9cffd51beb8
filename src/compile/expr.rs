//! Expressions: leaves, operators, conditional expressions, `:=`,
//! yield/await and slices, as steps of the work stack (`task`). Each
//! handler runs once per step of its node: it emits what comes before the
//! next child, pushes its own continuation and then the child.
//!
//! Displays are in `display`, calls and trailers in `call`, conditions in
//! `cond`, comprehensions in `comp`.

use super::scope::ScopeKind;
use super::task::{Op, Task};
use super::{Compiler, R};
use crate::lex::Tok;
use crate::parse::grammar::Rule;
use crate::parse::{Kind, Lit, Pn};
use mupy_emitters::{BigIntLiteral, BinaryOp, BuildKind, Const, ConstTok, Emit, Pass, UnaryOp};

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
    pub(crate) fn leaf_const(&self, pn: Pn) -> Option<Const> {
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
                Lit::BigInt(s) => Const::Int(super::big_literal::big_literal(s)?),
                Lit::Float(f) => Const::Float(*f),
                Lit::Imag(f) => Const::Complex { re: 0.0, im: *f },
                Lit::Str(s) => Const::Str(s.clone()),
                Lit::Bytes(b) => Const::Bytes(b.clone()),
            },
            _ => return None,
        })
    }

    /// `Task::Expr`: a leaf is emitted at once; a node starts at step 0.
    pub(crate) fn expr_start(&mut self, pn: Pn) -> R {
        let t = self.tree;
        match t.kind(pn) {
            Kind::Null => self.load_none(),
            Kind::Name(q) => {
                if !self.try_fold(pn)? {
                    self.load_id(q)?;
                }
            }
            Kind::SmallInt(v) => self.load_int(v as i128),
            Kind::Str(q) => self.emit.load_const_str(q.0),
            Kind::Token(tok) => {
                let c = match tok {
                    Tok::KwNone => ConstTok::None,
                    Tok::KwTrue => ConstTok::True,
                    Tok::KwFalse => ConstTok::False,
                    Tok::Ellipsis => ConstTok::Ellipsis,
                    _ => return Err(self.error_at(pn, "invalid syntax")),
                };
                self.emit.load_const_tok(c);
            }
            Kind::Lit(i) => {
                if let Lit::Int(v) = t.lit(i) {
                    self.load_int(*v as i128);
                } else if let Some(c) = self.leaf_const(pn) {
                    self.emit.load_const_obj(c);
                }
            }
            Kind::Node(_) => {
                let line = t.line(pn);
                if self.pass != Pass::Scope && line != 0 {
                    self.emit.set_source_line(line);
                }
                self.expr_step(pn, 0, 0)?;
            }
        }
        Ok(())
    }

    /// Schedules `then` and, to run before it, the expression `child`.
    fn then_expr(&mut self, then: Task, child: Pn) -> R {
        self.push(then)?;
        self.push(Task::Expr(child))
    }

    /// Continues node `pn` at `step` (0: its start).
    pub(crate) fn expr_step(&mut self, pn: Pn, step: u32, aux: u32) -> R {
        let t = self.tree;
        let Some(rule) = t.rule(pn) else {
            return Err(self.error_at(pn, "invalid syntax"));
        };
        let ch = t.children(pn);
        let next = Task::Node {
            pn,
            step: step + 1,
            aux,
        };
        match rule {
            // Step s: operand s-1 is done (followed by its jump unless it
            // is the last); operand s comes next.
            Rule::or_test | Rule::and_test => {
                let n = ch.len() as u32;
                let l_end = if step == 0 { self.new_label() } else { aux };
                if step > 0 && step < n {
                    self.emit.jump_if_or_pop(rule == Rule::or_test, l_end);
                }
                if step < n {
                    let next = Task::Node {
                        pn,
                        step: step + 1,
                        aux: l_end,
                    };
                    self.then_expr(next, ch[step as usize])?;
                } else {
                    self.emit.label_assign(l_end);
                }
            }
            Rule::not_test_2 => self.then_expr(Task::Op(Op::Unary(UnaryOp::Not)), ch[0])?,
            Rule::comparison => self.comparison(pn, step, aux)?,
            // Step s >= 1: operand s-1 is done.
            Rule::expr | Rule::xor_expr | Rule::and_expr => {
                if step == 0 && self.try_fold(pn)? {
                    return Ok(());
                }
                if step >= 2 {
                    self.emit.binary_op(match rule {
                        Rule::expr => BinaryOp::Or,
                        Rule::xor_expr => BinaryOp::Xor,
                        _ => BinaryOp::And,
                    });
                }
                if let Some(&x) = ch.get(step as usize) {
                    self.then_expr(next, x)?;
                }
            }
            // Children: operand (op operand)*. Step s >= 1: pair s-1 next.
            Rule::shift_expr | Rule::arith_expr | Rule::term => {
                if step == 0 {
                    if self.try_fold(pn)? {
                        return Ok(());
                    }
                    return self.then_expr(next, ch[0]);
                }
                let pair = |i: usize| {
                    let op = ch.get(1 + 2 * i)?.as_token().and_then(arith_op)?;
                    Some((op, *ch.get(2 + 2 * i)?))
                };
                let s = step as usize;
                if s >= 2 {
                    if let Some((op, _)) = pair(s - 2) {
                        self.emit.binary_op(op);
                    }
                }
                if 2 * s - 1 < ch.len() {
                    let Some((_, rhs)) = pair(s - 1) else {
                        return Err(self.error_at(pn, "invalid syntax"));
                    };
                    self.then_expr(next, rhs)?;
                }
            }
            Rule::factor_2 => {
                if self.try_fold(pn)? {
                    return Ok(());
                }
                let op = match ch[0].as_token() {
                    Some(Tok::Plus) => UnaryOp::Positive,
                    Some(Tok::Minus) => UnaryOp::Negative,
                    _ => UnaryOp::Invert,
                };
                self.then_expr(Task::Op(Op::Unary(op)), ch[1])?;
            }
            Rule::power => {
                if self.try_fold(pn)? {
                    return Ok(());
                }
                self.push(Task::Op(Op::Binary(BinaryOp::Power)))?;
                self.push(Task::Expr(ch[1]))?;
                self.push(Task::Expr(ch[0]))?;
            }
            Rule::star_expr => return Err(self.error_at(pn, "*x must be assignment target")),
            Rule::atom_expr_normal => {
                let n = t.items(&ch[1], Rule::atom_expr_trailers).len() as u32;
                self.push(Task::Trailers { pn, step: 0, n })?;
            }
            Rule::atom_expr_await => {
                if !self.scope().is_async {
                    return Err(self.error_at(pn, "'await' outside function"));
                }
                self.then_expr(Task::Op(Op::YieldFrom), ch[0])?;
            }
            // Empty `()`, or a parenthesised tuple / generator expression.
            Rule::atom_paren if ch.is_empty() || ch[0].is_null() => {
                self.emit.build(0, BuildKind::Tuple)
            }
            Rule::atom_paren => self.push(Task::Expr(ch[0]))?,
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
            Rule::test_if_expr => self.if_expr(pn, step, aux)?,
            Rule::lambdef | Rule::lambdef_nocond => self.lambda(pn)?,
            Rule::namedexpr_test => {
                let Some(q) = ch[0].as_name() else {
                    return Err(self.error_at(pn, "can't assign to expression"));
                };
                self.then_expr(Task::Op(Op::Walrus(q)), ch[1])?;
            }
            Rule::yield_expr => self.yield_expr(pn)?,
            Rule::subscript_2 | Rule::subscript_3 => self.slice(pn, step)?,
            _ => return Err(self.error_at(pn, "invalid syntax")),
        }
        Ok(())
    }

    /// `x if c else y`; `aux` is the fail label (the end label follows it).
    fn if_expr(&mut self, pn: Pn, step: u32, aux: u32) -> R {
        let t = self.tree;
        let ch = t.children(pn);
        match step {
            0 => {
                let l_fail = self.new_label();
                let _l_end = self.new_label();
                let cond = t.child(ch[1], 0);
                self.push(Task::Node {
                    pn,
                    step: 1,
                    aux: l_fail,
                })?;
                self.push(Task::Cond {
                    pn: cond,
                    jump_if: false,
                    label: l_fail,
                })
            }
            1 => self.then_expr(Task::Node { pn, step: 2, aux }, ch[0]),
            _ => {
                let (l_fail, l_end) = (aux, aux + 1);
                self.emit.jump(l_end);
                self.emit.label_assign(l_fail);
                self.emit.adjust_stack_size(-1);
                self.then_expr(Task::Op(Op::Label(l_end)), t.child(ch[1], 1))
            }
        }
    }

    /// `a < b < c`: each middle operand is evaluated once; the chain stops
    /// at the first false comparison. Step 1 allocates the fail label
    /// (`aux`); step 2 + i follows operand i + 1.
    fn comparison(&mut self, pn: Pn, step: u32, aux: u32) -> R {
        let t = self.tree;
        let ch = t.children(pn);
        let n_ops = (ch.len() - 1) / 2;
        if step == 0 {
            return self.then_expr(Task::Node { pn, step: 1, aux }, ch[0]);
        }
        let mut l_fail = aux;
        let i = if step == 1 {
            l_fail = if n_ops > 1 { self.new_label() } else { 0 };
            0
        } else {
            let done = step as usize - 2;
            let last = done + 1 == n_ops;
            if !last {
                self.emit.dup_top();
                self.emit.rot_three();
            }
            if let Some(op) = compare_op(t, ch[1 + 2 * done]) {
                self.emit.binary_op(op);
            }
            if !last && n_ops > 1 {
                self.emit.jump_if_or_pop(false, l_fail);
            }
            done + 1
        };
        if i < n_ops {
            let sep = ch[1 + 2 * i];
            if compare_op(t, sep).is_none() {
                return Err(self.error_at(sep, "invalid syntax"));
            }
            let Some(&rhs) = ch.get(2 + 2 * i) else {
                return Err(self.error_at(pn, "invalid syntax"));
            };
            let next = Task::Node {
                pn,
                step: 2 + i as u32,
                aux: l_fail,
            };
            return self.then_expr(next, rhs);
        }
        if n_ops > 1 {
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

    /// `x[a:b:c]` index forms (the object is already on the stack). Step 1
    /// follows the start of `subscript_2`, step 2 the stop of `subscript_3d`.
    fn slice(&mut self, pn: Pn, step: u32) -> R {
        let t = self.tree;
        let is2 = t.is(pn, Rule::subscript_2);
        if step == 0 {
            if is2 {
                return self.then_expr(
                    Task::Node {
                        pn,
                        step: 1,
                        aux: 0,
                    },
                    t.child(pn, 0),
                );
            }
            self.load_none();
        }
        let s3 = if is2 { t.child(pn, 1) } else { pn };
        let x = t.child(s3, 0);
        let slice = |n| Task::Op(Op::Build(n, BuildKind::Slice));
        // The step expression after `::` or after the stop.
        let with_step = |c: &mut Self, step_pn: Pn| {
            if step_pn.is_null() {
                c.emit.build(2, BuildKind::Slice);
                Ok(())
            } else {
                c.then_expr(slice(3), step_pn)
            }
        };
        if step == 2 {
            return with_step(self, t.child(t.child(x, 1), 0));
        }
        match t.rule(x) {
            _ if x.is_null() => {
                self.load_none();
                self.emit.build(2, BuildKind::Slice);
                Ok(())
            }
            Some(Rule::subscript_3c) => {
                self.load_none();
                with_step(self, t.child(x, 0))
            }
            Some(Rule::subscript_3d) => self.then_expr(
                Task::Node {
                    pn,
                    step: 2,
                    aux: 0,
                },
                t.child(x, 0),
            ),
            _ => self.then_expr(slice(2), x),
        }
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
            self.then_expr(Task::Op(Op::YieldFrom), t.child(arg, 0))
        } else {
            self.then_expr(Task::Op(Op::YieldValue), arg)
        }
    }

    pub(crate) fn yield_from(&mut self) {
        if self.pass == Pass::Scope {
            self.scope_mut().flags |= mupy_emitters::scope_flags::GENERATOR;
        }
        self.emit.get_iter(false);
        self.emit.load_const_tok(ConstTok::None);
        self.emit.yield_op(mupy_emitters::YieldKind::From);
    }

    /// `obj.method()` awaited: for `async for`/`async with`.
    pub(crate) fn await_method(&mut self, q: crate::qstr::Qstr) {
        self.emit.load_method(q.0, false);
        self.emit.call_method(0, 0, 0);
        self.yield_from();
    }

    /// Stores the target of `:=`: inside comprehensions it binds in the
    /// enclosing function (PEP 572).
    pub(crate) fn walrus_store(&mut self, q: crate::qstr::Qstr) -> R {
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
}
