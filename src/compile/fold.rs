//! Constant folding of int and float arithmetic, and `micropython.const()`.
//!
//! Ints fold in `i128` with checked operations (an overflow leaves the
//! expression to run time); the result is a small int only if it fits the
//! representation's `small_int_bits`, else a `Const::Int`. Floats fold for
//! `+ - * /` and negation, never dividing by zero, so folding cannot change
//! which exception a program raises.

use super::Compiler;
use crate::lex::Tok;
use crate::parse::grammar::Rule;
use crate::parse::{Kind, Lit, Pn};
use mupy_emitters::{BigIntLiteral, Const, Emit};

#[derive(Copy, Clone, PartialEq, Debug)]
pub enum Folded {
    Int(i128),
    Float(f64),
}

/// Largest shift folded: keeps results well inside `i128`.
const MAX_FOLD_SHIFT: i128 = 120;

impl<E: Emit> Compiler<'_, E> {
    /// The value of `pn` if it is a constant expression.
    pub(crate) fn fold(&self, pn: Pn) -> Option<Folded> {
        // Out of stack: not folded, and `expr` reports the error.
        if super::stack::exhausted(self.stack_top) {
            return None;
        }
        let t = self.tree;
        match t.kind(pn) {
            Kind::SmallInt(v) => Some(Folded::Int(v as i128)),
            Kind::Lit(i) => match t.lit(i) {
                Lit::Int(v) => Some(Folded::Int(*v as i128)),
                Lit::Float(f) => Some(Folded::Float(*f)),
                _ => None,
            },
            Kind::Name(q) => self
                .consts
                .iter()
                .find(|(n, _)| *n == q)
                .map(|&(_, v)| v)
                .filter(|_| {
                    // A local of the same name hides the module constant.
                    !self.scope().kind.is_func_like()
                        || self.scope().get(q).is_none_or(|id| {
                            matches!(
                                id.kind,
                                super::IdKind::GlobalExplicit
                                    | super::IdKind::GlobalImplicit
                                    | super::IdKind::Undecided
                            )
                        })
                }),
            Kind::Node(Rule::factor_2) => {
                let v = self.fold(t.child(pn, 1))?;
                match (t.child(pn, 0).as_token()?, v) {
                    (Tok::Plus, v) => Some(v),
                    (Tok::Minus, Folded::Int(i)) => i.checked_neg().map(Folded::Int),
                    (Tok::Minus, Folded::Float(f)) => Some(Folded::Float(-f)),
                    (Tok::Tilde, Folded::Int(i)) => Some(Folded::Int(!i)),
                    _ => None,
                }
            }
            Kind::Node(Rule::power) => {
                let (Folded::Int(b), Folded::Int(e)) =
                    (self.fold(t.child(pn, 0))?, self.fold(t.child(pn, 1))?)
                else {
                    return None;
                };
                if !(0..=127).contains(&e) {
                    return None;
                }
                b.checked_pow(e as u32).map(Folded::Int)
            }
            Kind::Node(r @ (Rule::expr | Rule::xor_expr | Rule::and_expr)) => {
                let items = t.children(pn);
                let mut acc = self.fold_int(items[0])?;
                for &x in &items[1..] {
                    let v = self.fold_int(x)?;
                    acc = match r {
                        Rule::expr => acc | v,
                        Rule::xor_expr => acc ^ v,
                        _ => acc & v,
                    };
                }
                Some(Folded::Int(acc))
            }
            Kind::Node(Rule::shift_expr | Rule::arith_expr | Rule::term) => {
                let items = t.children(pn);
                let mut acc = self.fold(items[0])?;
                for pair in items[1..].chunks(2) {
                    let op = pair[0].as_token()?;
                    let v = self.fold(*pair.get(1)?)?;
                    acc = binary(op, acc, v)?;
                }
                Some(acc)
            }
            _ => None,
        }
    }

    fn fold_int(&self, pn: Pn) -> Option<i128> {
        match self.fold(pn)? {
            Folded::Int(i) => Some(i),
            Folded::Float(_) => None,
        }
    }

    /// Loads an int: a small int if it fits the representation, else a constant.
    pub(crate) fn load_int(&mut self, v: i128) {
        let bits = self.cfg.small_int_bits.clamp(2, 64);
        let max = (1i128 << (bits - 1)) - 1;
        let min = -(1i128 << (bits - 1));
        if (min..=max).contains(&v) {
            self.emit.load_const_small_int(v as i64);
        } else {
            self.emit
                .load_const_obj(Const::Int(BigIntLiteral::from_i128(v)));
        }
    }

    /// Emits a folded value; true if `pn` was constant.
    pub(crate) fn try_fold(&mut self, pn: Pn) -> Result<bool, crate::compile::CompileError> {
        match self.fold(pn) {
            Some(Folded::Int(v)) => self.load_int(v),
            Some(Folded::Float(f)) => self.emit.load_const_obj(Const::Float(f)),
            None => return Ok(false),
        }
        Ok(true)
    }

    /// `NAME = const(expr)` at module level: records the value; returns
    /// whether the statement was handled (and needs no store: `_NAME`).
    pub(crate) fn const_assignment(
        &mut self,
        target: Pn,
        value: Pn,
    ) -> Result<Option<bool>, crate::compile::CompileError> {
        let Some(name) = target.as_name() else {
            return Ok(None);
        };
        if self.scope().kind != super::ScopeKind::Module
            || !self.tree.is(value, Rule::atom_expr_normal)
        {
            return Ok(None);
        }
        let t = self.tree;
        let callee = t.child(value, 0);
        let trailers = t.child(value, 1);
        let call = if callee.as_name() == Some(crate::qstr::names::const_)
            && t.is(trailers, Rule::trailer_paren)
        {
            trailers
        } else if callee.as_name() == Some(crate::qstr::names::micropython)
            && t.is(trailers, Rule::atom_expr_trailers)
        {
            let tr = t.children(trailers);
            if tr.len() == 2
                && t.is(tr[0], Rule::trailer_period)
                && t.child(tr[0], 0).as_name() == Some(crate::qstr::names::const_)
                && t.is(tr[1], Rule::trailer_paren)
            {
                tr[1]
            } else {
                return Ok(None);
            }
        } else {
            return Ok(None);
        };
        let arg = t.child(call, 0);
        let Some(v) = self.fold(arg) else {
            return Err(self.error_at(value, "constant must be an integer"));
        };
        if !self.consts.iter().any(|(n, _)| *n == name) {
            self.consts.push((name, v));
        }
        let hidden = self.interner.get(name).starts_with('_');
        if !hidden {
            match v {
                Folded::Int(i) => self.load_int(i),
                Folded::Float(f) => self.emit.load_const_obj(Const::Float(f)),
            }
            self.store_id(name)?;
        }
        Ok(Some(true))
    }
}

fn binary(op: Tok, a: Folded, b: Folded) -> Option<Folded> {
    use Folded::*;
    match (a, b) {
        (Int(x), Int(y)) => Some(Int(match op {
            Tok::Plus => x.checked_add(y)?,
            Tok::Minus => x.checked_sub(y)?,
            Tok::Star => x.checked_mul(y)?,
            Tok::DblSlash => floor_div(x, y)?,
            Tok::Percent => {
                let q = floor_div(x, y)?;
                x.checked_sub(q.checked_mul(y)?)?
            }
            Tok::DblLess if (0..=MAX_FOLD_SHIFT).contains(&y) => {
                let r = x.checked_shl(y as u32)?;
                if r >> y != x {
                    return None;
                }
                r
            }
            Tok::DblMore if y >= 0 => x >> y.min(127),
            _ => return None,
        })),
        (x, y) => {
            let (x, y) = (as_f64(x)?, as_f64(y)?);
            Some(Float(match op {
                Tok::Plus => x + y,
                Tok::Minus => x - y,
                Tok::Star => x * y,
                Tok::Slash if y != 0.0 => x / y,
                _ => return None,
            }))
        }
    }
}

fn as_f64(v: Folded) -> Option<f64> {
    match v {
        Folded::Float(f) => Some(f),
        // Only ints that convert exactly.
        Folded::Int(i) if i.unsigned_abs() <= (1u128 << 53) => Some(i as f64),
        Folded::Int(_) => None,
    }
}

fn floor_div(x: i128, y: i128) -> Option<i128> {
    if y == 0 {
        return None;
    }
    let q = x.checked_div(y)?;
    Some(if (x % y != 0) && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    })
}
