//! Constant folding of int and float arithmetic, and `micropython.const()`.
//!
//! Ints fold in `i128` with checked operations (an overflow leaves the
//! expression to run time); the result is a small int only if it fits the
//! representation's `small_int_bits`, else a `Const::Int`. Floats fold for
//! `+ - * /` and negation, never dividing by zero, so folding cannot change
//! which exception a program raises.

use alloc::vec::Vec;

use super::Compiler;
use crate::lex::Tok;
use crate::parse::grammar::Rule;
use crate::parse::{Kind, Lit, Pn, Tree};
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
    ///
    /// Evaluated bottom-up with an explicit stack: every foldable rule
    /// needs all its operands, so the first operand that is not constant
    /// ends the walk with `None`.
    pub(crate) fn fold(&self, pn: Pn) -> Option<Folded> {
        let t = self.tree;
        match t.rule(pn) {
            None => return self.fold_leaf(pn),
            Some(r) if !foldable(r) => return None,
            Some(_) => {}
        }
        // Open nodes with the number of operands met so far and where
        // their operands' values start in `vals`.
        let mut open: Vec<(Pn, usize, usize)> = Vec::new();
        let mut vals: Vec<Folded> = Vec::new();
        let mut cur = pn;
        loop {
            // Descend along first operands to a leaf.
            while let Some(r) = t.rule(cur) {
                if !foldable(r) {
                    return None;
                }
                open.try_reserve(1).ok()?;
                open.push((cur, 0, vals.len()));
                cur = operand(t, cur, 0)?;
            }
            let v = self.fold_leaf(cur)?;
            vals.try_reserve(1).ok()?;
            vals.push(v);
            // Close every node whose operands are all met.
            loop {
                let (node, met, base) = open.last_mut()?;
                *met += 1;
                if let Some(next) = operand(t, *node, *met) {
                    cur = next;
                    break;
                }
                let (node, base) = (*node, *base);
                let v = combine(t, node, &vals[base..])?;
                vals.truncate(base);
                open.pop();
                if open.is_empty() {
                    return Some(v);
                }
                vals.push(v);
            }
        }
    }

    /// A constant leaf: a number, or a `const()` name not hidden by a local.
    fn fold_leaf(&self, pn: Pn) -> Option<Folded> {
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
            _ => None,
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

/// Rules whose value folds from their operands.
fn foldable(r: Rule) -> bool {
    matches!(
        r,
        Rule::factor_2
            | Rule::power
            | Rule::expr
            | Rule::xor_expr
            | Rule::and_expr
            | Rule::shift_expr
            | Rule::arith_expr
            | Rule::term
    )
}

/// Operand `i` of a foldable node (operators skipped), or None past the
/// last.
fn operand(t: &Tree, pn: Pn, i: usize) -> Option<Pn> {
    let at = match t.rule(pn)? {
        Rule::factor_2 if i > 0 => return None,
        Rule::factor_2 => 1,
        Rule::power if i > 1 => return None,
        Rule::shift_expr | Rule::arith_expr | Rule::term => 2 * i,
        _ => i,
    };
    t.children(pn).get(at).copied()
}

/// The value of the foldable node `pn` from its operands' values.
fn combine(t: &Tree, pn: Pn, vals: &[Folded]) -> Option<Folded> {
    let ch = t.children(pn);
    let int = |v: Folded| match v {
        Folded::Int(i) => Some(i),
        Folded::Float(_) => None,
    };
    match t.rule(pn)? {
        Rule::factor_2 => match (ch.first()?.as_token()?, *vals.first()?) {
            (Tok::Plus, v) => Some(v),
            (Tok::Minus, Folded::Int(i)) => i.checked_neg().map(Folded::Int),
            (Tok::Minus, Folded::Float(f)) => Some(Folded::Float(-f)),
            (Tok::Tilde, Folded::Int(i)) => Some(Folded::Int(!i)),
            _ => None,
        },
        Rule::power => {
            let (Folded::Int(b), Folded::Int(e)) = (*vals.first()?, *vals.get(1)?) else {
                return None;
            };
            if !(0..=127).contains(&e) {
                return None;
            }
            b.checked_pow(e as u32).map(Folded::Int)
        }
        r @ (Rule::expr | Rule::xor_expr | Rule::and_expr) => {
            let mut acc = int(*vals.first()?)?;
            for &v in &vals[1..] {
                let v = int(v)?;
                acc = match r {
                    Rule::expr => acc | v,
                    Rule::xor_expr => acc ^ v,
                    _ => acc & v,
                };
            }
            Some(Folded::Int(acc))
        }
        _ => {
            // An operator without an operand after it is not folded (the
            // compiler reports the syntax).
            if ch.len().is_multiple_of(2) {
                return None;
            }
            let mut acc = *vals.first()?;
            for (i, &v) in vals[1..].iter().enumerate() {
                acc = binary(ch.get(1 + 2 * i)?.as_token()?, acc, v)?;
            }
            Some(acc)
        }
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
