//! Operators: truth, unary and binary operators, comparisons, equality,
//! subscripts. Small ints take an inline fast path (no allocation while the
//! result fits `R::SMALL_INT_BITS`, then promotion to a bigint); everything
//! else dispatches on the builtin type of the operands, then on special
//! methods of user classes (with the reflected `__r*__` fallback).

use crate::qstr::{names, Qstr};
use crate::runtime::{PyResult, Raised, TypeId, Vm};
use core::cmp::Ordering;
use mupy_emitters::ops::{BinaryOp, UnaryOp};
use mupy_reprs::Repr;

/// `a is b` as container comparisons use it: CPython compares items by
/// identity before `==`, so a list holding one NaN twice equals itself.
/// An immediate float has no identity of its own (two NaNs made apart are
/// the same word), so it is left to `==`, as a boxed one made apart is.
pub fn same_object<R: Repr>(a: R, b: R) -> bool {
    a == b && !a.is_float()
}

impl<R: Repr> Vm<R> {
    /// `bool(v)`.
    #[inline]
    pub fn truthy(&mut self, v: R) -> PyResult<bool> {
        if v.is_small_int() {
            return Ok(v.small_int_value() != 0);
        }
        if v == R::bool(true) {
            return Ok(true);
        }
        if v == R::bool(false) || v.is_none() {
            return Ok(false);
        }
        self.truthy_slow(v)
    }

    fn truthy_slow(&mut self, v: R) -> PyResult<bool> {
        if let Some(f) = self.float_of(v) {
            return Ok(f != 0.0);
        }
        if let Some(s) = self.str_text(v) {
            return Ok(!s.is_empty());
        }
        match self.builtin_type_of(v) {
            TypeId::Int => return Ok(true), // bigints are never zero
            TypeId::Tuple if self.is_exact(v, TypeId::Tuple) => {
                return Ok(!self.tuple_items(v.ptr_ref()).is_empty())
            }
            TypeId::List if self.is_exact(v, TypeId::List) => return Ok(self.list_len(v) != 0),
            TypeId::Dict | TypeId::Set | TypeId::FrozenSet if !self.is_user_instance(v) => {
                return Ok(self.dict_len(v) != 0)
            }
            TypeId::Range => {
                let (a, b, c) = self.range_parts(v);
                return Ok(crate::objects::range::range_len(a, b, c) != 0);
            }
            _ if !self.is_user_instance(v) => {
                if let Some(t) = crate::builtins::operators::truthy(self, v) {
                    return Ok(t);
                }
            }
            _ => {}
        }
        if self.is_user_instance(v) {
            if let Some(r) = self.call_special(v, names::__bool__, &[])? {
                if !self.is_bool(r) {
                    return Err(self.type_error("__bool__ should return bool"));
                }
                return Ok(r == R::bool(true));
            }
            if let Some(r) = self.call_special(v, names::__len__, &[])? {
                return Ok(self.index_of(r)? != 0);
            }
            if self.has_native_base(v) {
                return Ok(crate::builtins::len_of(self, v)? != 0);
            }
        }
        Ok(true)
    }

    /// A unary operator.
    pub fn unary_op(&mut self, op: UnaryOp, v: R) -> PyResult<R> {
        if v.is_small_int() {
            let i = v.small_int_value();
            return match op {
                UnaryOp::Positive => Ok(v),
                UnaryOp::Negative => self.new_int_i128(-(i as i128)),
                UnaryOp::Invert => self.new_int(!i),
                UnaryOp::Not => Ok(R::bool(i == 0)),
                UnaryOp::Abs => self.new_int_i128((i as i128).abs()),
                UnaryOp::Bool => Ok(R::bool(i != 0)),
                UnaryOp::Hash => Ok(v),
                _ => Err(self.bad_unary(op, v)),
            };
        }
        if op == UnaryOp::Not {
            return Ok(R::bool(!self.truthy(v)?));
        }
        if let Some(i) = self.int_i128(v) {
            return match op {
                UnaryOp::Positive => self.new_int_i128(i),
                UnaryOp::Negative => self.new_int_i128(-i),
                UnaryOp::Invert => self.new_int_i128(!i),
                UnaryOp::Abs => self.new_int_i128(i.abs()),
                _ => Err(self.bad_unary(op, v)),
            };
        }
        if self.is_bigint(v) {
            if let Some(r) = self.int_unary_big(op, v)? {
                return Ok(r);
            }
        }
        if let Some((re, im)) = self.complex_of(v) {
            return match op {
                UnaryOp::Positive => Ok(v),
                UnaryOp::Negative => self.new_complex(-re, -im),
                UnaryOp::Abs => self.new_float(libm::hypot(re, im)),
                _ => Err(self.bad_unary(op, v)),
            };
        }
        if let Some(x) = self.float_of(v) {
            return match op {
                UnaryOp::Positive => Ok(v),
                UnaryOp::Negative => self.new_float(-x),
                UnaryOp::Abs => self.new_float(x.abs()),
                _ => Err(self.bad_unary(op, v)),
            };
        }
        if self.is_user_instance(v) {
            let name = match op {
                UnaryOp::Positive => names::__pos__,
                UnaryOp::Negative => names::__neg__,
                UnaryOp::Invert => names::__invert__,
                UnaryOp::Abs => names::__abs__,
                _ => return Err(self.bad_unary(op, v)),
            };
            if let Some(r) = self.call_special(v, name, &[])? {
                return Ok(r);
            }
        }
        Err(self.bad_unary(op, v))
    }

    fn bad_unary(&mut self, op: UnaryOp, v: R) -> Raised {
        let t = self.type_name(v);
        let sym = match op {
            UnaryOp::Positive => "unary +",
            UnaryOp::Negative => "unary -",
            UnaryOp::Invert => "unary ~",
            UnaryOp::Abs => "abs()",
            _ => "?",
        };
        crate::raise!(self, TypeError, "bad operand type for {}: '{}'", sym, t)
    }

    /// A binary operator (comparisons, `in`, `is`, arithmetic, in-place forms).
    #[inline]
    pub fn binary_op(&mut self, op: BinaryOp, a: R, b: R) -> PyResult<R> {
        if a.is_small_int() && b.is_small_int() {
            let (x, y) = (a.small_int_value(), b.small_int_value());
            let r = match op {
                BinaryOp::Add | BinaryOp::InplaceAdd => Some(x as i128 + y as i128),
                BinaryOp::Subtract | BinaryOp::InplaceSubtract => Some(x as i128 - y as i128),
                BinaryOp::Multiply | BinaryOp::InplaceMultiply => Some(x as i128 * y as i128),
                BinaryOp::Less => return Ok(R::bool(x < y)),
                BinaryOp::More => return Ok(R::bool(x > y)),
                BinaryOp::LessEqual => return Ok(R::bool(x <= y)),
                BinaryOp::MoreEqual => return Ok(R::bool(x >= y)),
                BinaryOp::Equal | BinaryOp::Is => return Ok(R::bool(x == y)),
                BinaryOp::NotEqual => return Ok(R::bool(x != y)),
                BinaryOp::And | BinaryOp::InplaceAnd => return Ok(R::small_int(x & y).unwrap_or(a)),
                BinaryOp::Or | BinaryOp::InplaceOr => return Ok(R::small_int(x | y).unwrap_or(a)),
                BinaryOp::Xor | BinaryOp::InplaceXor => return Ok(R::small_int(x ^ y).unwrap_or(a)),
                // Python's floor division and modulo: rounded towards -inf,
                // the remainder taking the divisor's sign.
                BinaryOp::Modulo | BinaryOp::InplaceModulo if y != 0 => {
                    let r = x % y;
                    Some(if r != 0 && (r ^ y) < 0 { r + y } else { r } as i128)
                }
                BinaryOp::FloorDivide | BinaryOp::InplaceFloorDivide if y != 0 => {
                    let q = x / y;
                    Some(if x % y != 0 && (x ^ y) < 0 { q - 1 } else { q } as i128)
                }
                // Small ints have at most 63 bits, so `<< 63` fits an i128.
                BinaryOp::Lshift | BinaryOp::InplaceLshift if (0..64).contains(&y) => {
                    Some((x as i128) << y)
                }
                BinaryOp::Rshift | BinaryOp::InplaceRshift if y >= 0 => {
                    return Ok(R::small_int(x >> y.min(63)).unwrap_or(a))
                }
                _ => None,
            };
            if let Some(r) = r {
                if let Ok(r64) = i64::try_from(r) {
                    if let Some(v) = R::small_int(r64) {
                        return Ok(v);
                    }
                }
                return self.new_int_i128(r);
            }
        }
        if let Some(r) = self.float_fast(op, a, b) {
            return r;
        }
        if let Some(r) = self.int_fast(op, a, b) {
            return r;
        }
        self.binary_op_slow(op, a, b)
    }

    /// Arithmetic and ordering of two exact ints of which one at least is
    /// a bigint, when both and the result fit an i64 (a counter past the
    /// small-int range), skipping the generic dispatch; `None` for
    /// anything else.
    #[inline]
    fn int_fast(&mut self, op: BinaryOp, a: R, b: R) -> Option<PyResult<R>> {
        let x = self.exact_int_i64(a)?;
        let y = self.exact_int_i64(b)?;
        let r = match op {
            BinaryOp::Add | BinaryOp::InplaceAdd => x.checked_add(y)?,
            BinaryOp::Subtract | BinaryOp::InplaceSubtract => x.checked_sub(y)?,
            BinaryOp::Multiply | BinaryOp::InplaceMultiply => x.checked_mul(y)?,
            BinaryOp::Less => return Some(Ok(R::bool(x < y))),
            BinaryOp::More => return Some(Ok(R::bool(x > y))),
            BinaryOp::LessEqual => return Some(Ok(R::bool(x <= y))),
            BinaryOp::MoreEqual => return Some(Ok(R::bool(x >= y))),
            BinaryOp::Equal => return Some(Ok(R::bool(x == y))),
            BinaryOp::NotEqual => return Some(Ok(R::bool(x != y))),
            _ => return None,
        };
        Some(self.new_int_i64(r))
    }

    /// Arithmetic and ordering of two floats (or a float and a small int),
    /// skipping the generic dispatch; `None` for anything else.
    #[inline]
    fn float_fast(&mut self, op: BinaryOp, a: R, b: R) -> Option<PyResult<R>> {
        let num = |vm: &Self, v: R| {
            if v.is_small_int() {
                Some(v.small_int_value() as f64)
            } else {
                vm.float_of(v)
            }
        };
        if !(a.is_float() || b.is_float() || a.is_ptr() || b.is_ptr()) {
            return None;
        }
        let (x, y) = (num(self, a)?, num(self, b)?);
        if a.is_small_int() && b.is_small_int() {
            return None;
        }
        let r = match op {
            BinaryOp::Add | BinaryOp::InplaceAdd => x + y,
            BinaryOp::Subtract | BinaryOp::InplaceSubtract => x - y,
            BinaryOp::Multiply | BinaryOp::InplaceMultiply => x * y,
            BinaryOp::TrueDivide | BinaryOp::InplaceTrueDivide if y != 0.0 => x / y,
            // The generic path ends in the same `float_pow` (its errors and
            // complex results included), after a dozen failed type tests.
            BinaryOp::Power | BinaryOp::InplacePower => return Some(self.float_pow(x, y)),
            BinaryOp::Less => return Some(Ok(R::bool(x < y))),
            BinaryOp::More => return Some(Ok(R::bool(x > y))),
            BinaryOp::LessEqual => return Some(Ok(R::bool(x <= y))),
            BinaryOp::MoreEqual => return Some(Ok(R::bool(x >= y))),
            _ => return None,
        };
        Some(self.new_float(r))
    }

    fn binary_op_slow(&mut self, op: BinaryOp, a: R, b: R) -> PyResult<R> {
        match op {
            BinaryOp::Is => return Ok(R::bool(self.is_same(a, b))),
            BinaryOp::In => return Ok(R::bool(self.contains(b, a)?)),
            BinaryOp::NotIn => return Ok(R::bool(!self.contains(b, a)?)),
            BinaryOp::IsNot => return Ok(R::bool(!self.is_same(a, b))),
            BinaryOp::ExceptionMatch => return Ok(R::bool(self.exception_match(a, b)?)),
            BinaryOp::Equal | BinaryOp::NotEqual
                if self.is_user_instance(a) || self.is_user_instance(b) =>
            {
                return self.rich_equal(op == BinaryOp::NotEqual, a, b)
            }
            BinaryOp::Equal => return Ok(R::bool(self.equal(a, b)?)),
            BinaryOp::NotEqual => return Ok(R::bool(!self.equal(a, b)?)),
            BinaryOp::Less | BinaryOp::More | BinaryOp::LessEqual | BinaryOp::MoreEqual => {
                return self.compare_op(op, a, b)
            }
            _ => {}
        }
        // In-place list concatenation extends the list itself.
        if op == BinaryOp::InplaceAdd && self.is_exact(a, TypeId::List) {
            self.list_extend(a, b)?;
            return Ok(a);
        }
        if self.is_user_instance(a) || self.is_user_instance(b) {
            if let Some(r) = self.binary_special(op, a, b)? {
                return Ok(r);
            }
            // A builtin left operand may still take a user object (`'%s' % obj`).
            if self.is_user_instance(a) && self.builtin_type_of(a) == TypeId::Object {
                return Err(self.unsupported(op, a, b));
            }
        }
        if let Some(r) = crate::builtins::operators::binary(self, op, a, b)? {
            return Ok(r);
        }
        let op = op.non_inplace();
        if let (Some(x), Some(y)) = (self.int_i128(a), self.int_i128(b)) {
            if let Some(r) = self.int_binary(op, x, y)? {
                return Ok(r);
            }
        }
        if self.is_int(a) && self.is_int(b) {
            if let Some(r) = self.int_binary_big(op, a, b)? {
                return Ok(r);
            }
        }
        if self.is_number(a) && self.is_number(b) {
            if let (Some(x), Some(y)) = (self.number_to_f64(a)?, self.number_to_f64(b)?) {
                if let Some(r) = self.float_binary(op, x, y)? {
                    return Ok(r);
                }
            }
        }
        if self.is_exact(a, TypeId::Complex) || self.is_exact(b, TypeId::Complex) {
            if let Some(r) = self.complex_binary(op, a, b)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.sequence_binary(op, a, b)? {
            return Ok(r);
        }
        Err(self.unsupported(op, a, b))
    }

    fn unsupported(&mut self, op: BinaryOp, a: R, b: R) -> Raised {
        if let Some(r) = crate::builtins::operators::sequence_type_error(self, op, a, b) {
            return r;
        }
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let sym = op_symbol(op.non_inplace());
        let aug = if op != op.non_inplace() { "=" } else { "" };
        crate::raise!(
            self,
            TypeError,
            "unsupported operand type(s) for {}{}: '{}' and '{}'",
            sym,
            aug,
            ta,
            tb
        )
    }

    /// Ints (small or big within i128) with Python's rounding and error rules.
    fn int_binary(&mut self, op: BinaryOp, x: i128, y: i128) -> PyResult<Option<R>> {
        let r = match op {
            BinaryOp::Add => x.checked_add(y),
            BinaryOp::Subtract => x.checked_sub(y),
            BinaryOp::Multiply => x.checked_mul(y),
            BinaryOp::And => Some(x & y),
            BinaryOp::Or => Some(x | y),
            BinaryOp::Xor => Some(x ^ y),
            BinaryOp::FloorDivide | BinaryOp::Modulo => {
                if y == 0 {
                    let msg = if op == BinaryOp::Modulo {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    };
                    return Err(self.raise_msg(TypeId::ZeroDivisionError, msg));
                }
                let (q, m) = floor_divmod(x, y);
                Some(if op == BinaryOp::Modulo { m } else { q })
            }
            BinaryOp::TrueDivide => {
                if y == 0 {
                    return Err(self.raise_msg(TypeId::ZeroDivisionError, "division by zero"));
                }
                // Exact in a double only below 2^53; beyond, the bigint path rounds once.
                const EXACT: u128 = 1 << 53;
                if x.unsigned_abs() > EXACT || y.unsigned_abs() > EXACT {
                    return Ok(None);
                }
                return Ok(Some(self.new_float(x as f64 / y as f64)?));
            }
            BinaryOp::Lshift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if x == 0 {
                    Some(0)
                } else if y < 126 && (x.unsigned_abs().leading_zeros() as i128) > y + 1 {
                    Some(x << y)
                } else {
                    None
                }
            }
            BinaryOp::Rshift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(x >> y.min(127))
            }
            BinaryOp::Power => {
                if y < 0 {
                    if x == 0 {
                        return Err(self.raise_msg(
                            TypeId::ZeroDivisionError,
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    return Ok(Some(self.float_pow(x as f64, y as f64)?));
                }
                let mut acc: Option<i128> = Some(1);
                let (mut base, mut e) = (Some(x), y);
                while e > 0 {
                    if e & 1 == 1 {
                        acc = acc.zip(base).and_then(|(a, b)| a.checked_mul(b));
                    }
                    e >>= 1;
                    if e > 0 {
                        base = base.and_then(|b| b.checked_mul(b));
                    }
                }
                acc
            }
            _ => return Ok(None),
        };
        match r {
            Some(r) => Ok(Some(self.new_int_i128(r)?)),
            // Beyond i128: the bigint path (`int_binary_big`) takes over.
            None => Ok(None),
        }
    }

    fn float_binary(&mut self, op: BinaryOp, x: f64, y: f64) -> PyResult<Option<R>> {
        let r = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Subtract => x - y,
            BinaryOp::Multiply => x * y,
            BinaryOp::TrueDivide => {
                if y == 0.0 {
                    return Err(self.raise_msg(TypeId::ZeroDivisionError, "float division by zero"));
                }
                x / y
            }
            BinaryOp::FloorDivide | BinaryOp::Modulo => {
                if y == 0.0 {
                    let msg = if op == BinaryOp::Modulo {
                        "float modulo"
                    } else {
                        "float floor division by zero"
                    };
                    return Err(self.raise_msg(TypeId::ZeroDivisionError, msg));
                }
                let (q, m) = crate::num::float_ops::divmod(x, y).unwrap_or((f64::NAN, f64::NAN));
                if op == BinaryOp::Modulo {
                    m
                } else {
                    q
                }
            }
            BinaryOp::Power => return Ok(Some(self.float_pow(x, y)?)),
            _ => return Ok(None),
        };
        Ok(Some(self.new_float(r)?))
    }

    /// `+` and `*` of str, tuple and list.
    fn sequence_binary(&mut self, op: BinaryOp, a: R, b: R) -> PyResult<Option<R>> {
        match op {
            BinaryOp::Add => {
                if let Some(s) = self.str_concat(a, b)? {
                    return Ok(Some(s));
                }
                if self.is_seq(a, TypeId::Tuple) && self.is_seq(b, TypeId::Tuple) {
                    let mut v = alloc::vec::Vec::from(self.tuple_items(a.ptr_ref()));
                    v.extend_from_slice(self.tuple_items(b.ptr_ref()));
                    return Ok(Some(self.new_tuple(&v)?));
                }
                if self.is_seq(a, TypeId::List) && self.is_seq(b, TypeId::List) {
                    let mut v = alloc::vec::Vec::from(self.list_items(a));
                    v.extend_from_slice(self.list_items(b));
                    return Ok(Some(self.new_list(&v)?));
                }
            }
            BinaryOp::Multiply => {
                let (seq, n) = if let Some(n) = self.int_of(b) {
                    (a, n)
                } else if let Some(n) = self.int_of(a) {
                    (b, n)
                } else {
                    return Ok(None);
                };
                let n = n.max(0) as usize;
                if let Some(s) = self.str_text(seq) {
                    if s.len().saturating_mul(n) > isize::MAX as usize / 2 {
                        return Err(self.raise_memory_error());
                    }
                    let s = s.repeat(n);
                    return Ok(Some(self.new_str(&s)?));
                }
                let items = if self.is_seq(seq, TypeId::Tuple) {
                    self.tuple_items(seq.ptr_ref())
                } else if self.is_seq(seq, TypeId::List) {
                    self.list_items(seq)
                } else {
                    return Ok(None);
                };
                if items.len().saturating_mul(n) > u32::MAX as usize {
                    return Err(self.raise_memory_error());
                }
                let mut v = alloc::vec::Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend_from_slice(items);
                }
                return Ok(Some(if self.is_seq(seq, TypeId::Tuple) {
                    self.new_tuple(&v)?
                } else {
                    self.new_list(&v)?
                }));
            }
            BinaryOp::Modulo if self.str_text(a).is_some() => {
                return Ok(Some(crate::builtins::strfmt::percent(self, a, b)?));
            }
            _ => {}
        }
        Ok(None)
    }

    /// The qstr of `op`'s special method.
    fn special_method_name(&mut self, op: BinaryOp) -> PyResult<Qstr> {
        match special_name(op) {
            Some(q) => Ok(q),
            None => self.intern(op.method_name()),
        }
    }

    /// Special methods of user classes: `a.__op__(b)`, then `b.__rop__(a)`.
    fn binary_special(&mut self, op: BinaryOp, a: R, b: R) -> PyResult<Option<R>> {
        let base = op.non_inplace();
        if op != base && self.is_user_instance(a) {
            let name = self.special_method_name(op)?;
            if let Some(r) = self.call_special(a, name, &[b])? {
                if r != R::immediate(mupy_reprs::Immediate::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if self.is_user_instance(a) {
            let name = self.special_method_name(base)?;
            if let Some(r) = self.call_special(a, name, &[b])? {
                if r != R::immediate(mupy_reprs::Immediate::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if let Some(rev) = base.reversed() {
            if self.is_user_instance(b) {
                let name = self.special_method_name(rev)?;
                if let Some(r) = self.call_special(b, name, &[a])? {
                    if r != R::immediate(mupy_reprs::Immediate::NotImplemented) {
                        return Ok(Some(r));
                    }
                }
            }
        }
        // Builtin behaviour of a user subclass (e.g. an int subclass) is not modelled.
        Ok(None)
    }

    /// `a is b`.
    pub fn is_same(&self, a: R, b: R) -> bool {
        a == b
    }

    fn is_number(&self, v: R) -> bool {
        v.is_small_int() || self.is_bool(v) || self.is_float(v) || self.is_bigint(v)
    }

    /// An int or float as f64.
    pub fn to_float(&self, v: R) -> Option<f64> {
        if let Some(f) = self.float_of(v) {
            return Some(f);
        }
        if let Some(i) = self.int_i128(v) {
            return Some(i as f64);
        }
        if self.is_bigint(v) {
            let (neg, d) = self.bigint_parts(v.ptr_ref());
            return crate::num::to_f64(crate::num::Int::new(neg, d)).ok();
        }
        None
    }

    /// `a == b`.
    pub fn equal(&mut self, a: R, b: R) -> PyResult<bool> {
        if a == b {
            // NaN is the one value not equal to itself.
            if let Some(f) = self.float_of(a) {
                return Ok(!f.is_nan());
            }
            return Ok(true);
        }
        if a.is_small_int() && b.is_small_int() {
            return Ok(false);
        }
        if let (Some(x), Some(y)) = (self.str_text(a), self.str_text(b)) {
            return Ok(x == y);
        }
        if self.is_user_instance(a) || self.is_user_instance(b) {
            for (x, y) in [(a, b), (b, a)] {
                if self.is_user_instance(x) {
                    if let Some(r) = self.call_special(x, names::__eq__, &[y])? {
                        if r != R::immediate(mupy_reprs::Immediate::NotImplemented) {
                            return self.truthy(r);
                        }
                    }
                }
            }
            // Instances of subclasses of builtin types compare as their base.
            let plain = |vm: &Self, v: R| vm.is_user_instance(v) && !vm.has_native_base(v);
            if plain(self, a) || plain(self, b) {
                return Ok(false);
            }
        }
        if self.is_number(a) && self.is_number(b) {
            return Ok(self.number_cmp(a, b) == Some(Ordering::Equal));
        }
        if self.is_exact(a, TypeId::Complex) || self.is_exact(b, TypeId::Complex) {
            return Ok(match self.complex_binary(BinaryOp::Equal, a, b)? {
                Some(r) => r == R::bool(true),
                None => false,
            });
        }
        if let Some(r) = crate::builtins::operators::equal(self, a, b)? {
            return Ok(r);
        }
        let (ta, tb) = (self.builtin_type_of(a), self.builtin_type_of(b));
        match (ta, tb) {
            (TypeId::Tuple, TypeId::Tuple) | (TypeId::List, TypeId::List) => {
                let n = self.seq_len(a);
                if n != self.seq_len(b) {
                    return Ok(false);
                }
                for i in 0..n {
                    let (x, y) = (self.seq_item(a, i), self.seq_item(b, i));
                    if !same_object(x, y) && !self.equal(x, y)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            (TypeId::Dict, TypeId::Dict) => {
                if self.dict_len(a) != self.dict_len(b) {
                    return Ok(false);
                }
                let m = self.dict_map(a);
                let mut p = 0;
                while let Some((np, k, v)) = self.map_next(m, p) {
                    p = np;
                    match self.dict_get(b, k)? {
                        Some(w) if same_object(v, w) || self.equal(v, w)? => {}
                        _ => return Ok(false),
                    }
                }
                Ok(true)
            }
            (TypeId::Set | TypeId::FrozenSet, TypeId::Set | TypeId::FrozenSet) => {
                self.set_equal(a, b)
            }
            _ => crate::builtins::ext::equal(self, a, b).unwrap_or(Ok(false)),
        }
    }

    /// `<`, `>`, `<=`, `>=`.
    fn compare_op(&mut self, op: BinaryOp, a: R, b: R) -> PyResult<R> {
        if self.is_user_instance(a) || self.is_user_instance(b) {
            let (name, rname) = match op {
                BinaryOp::Less => (names::__lt__, names::__gt__),
                BinaryOp::More => (names::__gt__, names::__lt__),
                BinaryOp::LessEqual => (names::__le__, names::__ge__),
                _ => (names::__ge__, names::__le__),
            };
            if self.is_user_instance(a) {
                if let Some(r) = self.call_special(a, name, &[b])? {
                    if r != R::immediate(mupy_reprs::Immediate::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            if self.is_user_instance(b) {
                if let Some(r) = self.call_special(b, rname, &[a])? {
                    if r != R::immediate(mupy_reprs::Immediate::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            // Subclasses of tuple or list (a namedtuple) order as their base.
            let (ta, tb) = (self.builtin_type_of(a), self.builtin_type_of(b));
            if !(ta == tb && matches!(ta, TypeId::Tuple | TypeId::List)) {
                return Err(self.not_orderable(op, a, b));
            }
        }
        if let Some(r) = crate::builtins::operators::compare_op(self, op, a, b)? {
            return Ok(r);
        }
        let ord = self.compare(a, b, op)?;
        Ok(R::bool(match (op, ord) {
            (_, None) => false,
            (BinaryOp::Less, Some(o)) => o == Ordering::Less,
            (BinaryOp::More, Some(o)) => o == Ordering::Greater,
            (BinaryOp::LessEqual, Some(o)) => o != Ordering::Greater,
            (_, Some(o)) => o != Ordering::Less,
        }))
    }

    fn not_orderable(&mut self, op: BinaryOp, a: R, b: R) -> Raised {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        crate::raise!(
            self,
            TypeError,
            "'{}' not supported between instances of '{}' and '{}'",
            op_symbol(op),
            ta,
            tb
        )
    }

    /// The order of two builtin values (`None` for unordered floats, NaN).
    pub fn compare(&mut self, a: R, b: R, op: BinaryOp) -> PyResult<Option<Ordering>> {
        if a.is_small_int() && b.is_small_int() {
            return Ok(Some(a.small_int_value().cmp(&b.small_int_value())));
        }
        if self.is_number(a) && self.is_number(b) {
            return Ok(self.number_cmp(a, b));
        }
        if let (Some(x), Some(y)) = (self.str_text(a), self.str_text(b)) {
            return Ok(Some(x.cmp(y)));
        }
        if let Some(o) = crate::builtins::bytes::compare(self, a, b) {
            return Ok(Some(o));
        }
        let (ta, tb) = (self.builtin_type_of(a), self.builtin_type_of(b));
        if ta == tb && matches!(ta, TypeId::Tuple | TypeId::List) {
            let (na, nb) = (self.seq_len(a), self.seq_len(b));
            for i in 0..na.min(nb) {
                let (x, y) = (self.seq_item(a, i), self.seq_item(b, i));
                if !same_object(x, y) && !self.equal(x, y)? {
                    return self.compare(x, y, op);
                }
            }
            return Ok(Some(na.cmp(&nb)));
        }
        if self.is_user_instance(a) || self.is_user_instance(b) {
            let r = self.compare_op(BinaryOp::Less, a, b)?;
            if self.truthy(r)? {
                return Ok(Some(Ordering::Less));
            }
            let r = self.compare_op(BinaryOp::Less, b, a)?;
            return Ok(Some(if self.truthy(r)? {
                Ordering::Greater
            } else {
                Ordering::Equal
            }));
        }
        Err(self.not_orderable(op, a, b))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: R, item: R) -> PyResult<bool> {
        if let Some(s) = self.str_text(container) {
            let Some(sub) = self.str_text(item) else {
                let t = self.type_name(item);
                return Err(crate::raise!(
                    self,
                    TypeError,
                    "'in <string>' requires string as left operand, not {}",
                    t
                ));
            };
            return Ok(s.contains(sub));
        }
        if self.is_user_instance(container) {
            if let Some(r) = self.call_special(container, names::__contains__, &[item])? {
                return self.truthy(r);
            }
        } else {
            match self.builtin_type_of(container) {
                TypeId::Dict => return Ok(self.dict_get(container, item)?.is_some()),
                TypeId::Set | TypeId::FrozenSet => return self.set_contains(container, item),
                TypeId::Range
                | TypeId::Bytes
                | TypeId::ByteArray
                | TypeId::MemoryView
                | TypeId::DictKeys
                | TypeId::DictItems => {
                    if let Some(r) = crate::builtins::operators::contains(self, container, item)? {
                        return Ok(r);
                    }
                }
                TypeId::Tuple | TypeId::List => {
                    let n = self.seq_len(container);
                    for i in 0..n {
                        if i >= self.seq_len(container) {
                            break;
                        }
                        let x = self.seq_item(container, i);
                        if x == item || self.equal(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                _ => {}
            }
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.iter_next(it)? {
            if x == item || self.equal(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Length of a tuple or list.
    pub fn seq_len(&self, v: R) -> usize {
        if self.builtin_type_of(v) == TypeId::Tuple {
            self.tuple_items(v.ptr_ref()).len()
        } else {
            self.list_len(v)
        }
    }

    /// Item `i` (in range) of a tuple or list.
    pub fn seq_item(&self, v: R, i: usize) -> R {
        if self.builtin_type_of(v) == TypeId::Tuple {
            self.tuple_items(v.ptr_ref())[i]
        } else {
            self.list_items(v)[i]
        }
    }

    /// Calls the special method `name` of a user instance, if its class has it.
    pub fn call_special(&mut self, obj: R, name: Qstr, args: &[R]) -> PyResult<Option<R>> {
        let t = self.type_ref_of(obj);
        match self.lookup_type_attr(t, name)? {
            Some(m) => Ok(Some(self.call_descriptor(m, obj, args, &[])?)),
            None => Ok(None),
        }
    }

    /// `obj[index]`.
    pub fn subscr(&mut self, obj: R, index: R) -> PyResult<R> {
        // `list[i]` / `tuple[i]` with a small int in range: no dispatch.
        if index.is_small_int() && obj.is_ptr() {
            let t = self.type_ref_of_ptr(obj.ptr_ref());
            let items = if t == TypeId::List.rom_ref() {
                self.list_items(obj)
            } else if t == TypeId::Tuple.rom_ref() {
                self.tuple_items(obj.ptr_ref())
            } else {
                &[]
            };
            let i = index.small_int_value();
            let i = if i < 0 { i + items.len() as i64 } else { i };
            if let Some(&v) = usize::try_from(i).ok().and_then(|i| items.get(i)) {
                return Ok(v);
            }
        }
        if self.is_user_instance(obj) {
            if let Some(r) = self.call_special(obj, names::__getitem__, &[index])? {
                return Ok(r);
            }
        }
        match self.builtin_type_of(obj) {
            TypeId::List | TypeId::Tuple => {
                let n = self.seq_len(obj);
                let is_list = self.builtin_type_of(obj) == TypeId::List;
                if self.is_exact(index, TypeId::Slice) {
                    let (start, _, step, count) = self.slice_indices(index, n as i64)?;
                    let mut v = alloc::vec::Vec::with_capacity(count as usize);
                    for k in 0..count {
                        v.push(self.seq_item(obj, (start + k * step) as usize));
                    }
                    return if is_list {
                        self.new_list(&v)
                    } else {
                        self.new_tuple(&v)
                    };
                }
                let i = self.seq_index(obj, index, n, if is_list { "list" } else { "tuple" })?;
                Ok(self.seq_item(obj, i))
            }
            TypeId::Dict => self.dict_subscr(obj, index),
            TypeId::Str => crate::builtins::strings::str_subscr(self, obj, index),
            TypeId::Bytes | TypeId::ByteArray | TypeId::MemoryView => {
                crate::builtins::bytes::subscr(self, obj, index)
            }
            TypeId::Range => {
                let (a, _, c) = self.range_parts(obj);
                let (x, y, z) = self.range_parts(obj);
                let n = crate::objects::range::range_len(x, y, z);
                if self.is_exact(index, TypeId::Slice) {
                    let (start, stop, step, _) = self.slice_indices(index, n)?;
                    return self.new_range(a + start * c, a + stop * c, step * c);
                }
                let i = self.seq_index(obj, index, n as usize, "range object")?;
                self.new_int(a + i as i64 * c)
            }
            _ => {
                if let Some(r) = crate::builtins::ext::subscr(self, obj, index) {
                    return r;
                }
                if obj.is_ptr() && self.is_class_value(obj) {
                    // `list[int]`-style generic aliases are not modelled.
                    return Ok(obj);
                }
                let t = self.type_name(obj);
                Err(crate::raise!(
                    self,
                    TypeError,
                    "'{}' object is not subscriptable",
                    t
                ))
            }
        }
    }

    /// A normalised index into a sequence of `n` items.
    pub fn seq_index(&mut self, _obj: R, index: R, n: usize, what: &str) -> PyResult<usize> {
        let index = if self.is_user_instance(index) {
            self.call_special(index, names::__index__, &[])?
                .unwrap_or(index)
        } else {
            index
        };
        let Some(i) = self.int_of(index) else {
            if self.is_bigint(index) {
                return Err(crate::raise!(
                    self,
                    IndexError,
                    "{} index out of range",
                    what
                ));
            }
            let t = self.type_name(index);
            // CPython names the sequence here, not the operation.
            let what = match what.trim_end_matches(" object") {
                "index" => "byte",
                "list assignment" => "list",
                w => w,
            };
            return Err(crate::raise!(
                self,
                TypeError,
                "{} indices must be integers or slices, not {}",
                what,
                t
            ));
        };
        let j = if i < 0 { i + n as i64 } else { i };
        if (j < 0 || j >= n as i64) && what == "index" {
            // bytes: CPython's message names no sequence.
            return Err(self.raise_msg(TypeId::IndexError, "index out of range"));
        }
        if j < 0 || j >= n as i64 {
            return Err(crate::raise!(
                self,
                IndexError,
                "{} index out of range",
                what
            ));
        }
        Ok(j as usize)
    }

    /// `obj[index] = value`, or `del obj[index]` when `value` is null.
    pub fn store_subscr(&mut self, obj: R, index: R, value: R) -> PyResult<()> {
        // `list[i] = v` with a small int in range: no dispatch.
        if index.is_small_int()
            && !value.is_null()
            && obj.is_ptr()
            && self.type_ref_of_ptr(obj.ptr_ref()) == TypeId::List.rom_ref()
        {
            let i = index.small_int_value();
            let items = self.list_items_mut(obj);
            let i = if i < 0 { i + items.len() as i64 } else { i };
            if let Some(slot) = usize::try_from(i).ok().and_then(|i| items.get_mut(i)) {
                *slot = value;
                return Ok(());
            }
        }
        if self.is_user_instance(obj) {
            let (name, args) = if value.is_null() {
                (names::__delitem__, [index, index])
            } else {
                (names::__setitem__, [index, value])
            };
            let n = if value.is_null() { 1 } else { 2 };
            if self.call_special(obj, name, &args[..n])?.is_some() {
                return Ok(());
            }
        }
        match self.builtin_type_of(obj) {
            TypeId::List => {
                if self.is_exact(index, TypeId::Slice) {
                    return crate::builtins::lists::list_store_slice(self, obj, index, value);
                }
                let n = self.list_len(obj);
                let i = self.seq_index(obj, index, n, "list assignment")?;
                if value.is_null() {
                    self.list_remove_at(obj, i);
                } else {
                    self.list_items_mut(obj)[i] = value;
                }
                Ok(())
            }
            TypeId::ByteArray | TypeId::MemoryView => {
                crate::builtins::bytes::store_subscr(self, obj, index, value)
            }
            TypeId::Dict => {
                if value.is_null() {
                    if self.map_remove(self.dict_map(obj), index)?.is_none() {
                        return Err(self.raise_key_error(index));
                    }
                    Ok(())
                } else {
                    self.dict_set(obj, index, value)
                }
            }
            _ => {
                if let Some(r) = crate::builtins::ext::store_subscr(self, obj, index, value) {
                    return r;
                }
                let t = self.type_name(obj);
                if value.is_null() {
                    Err(crate::raise!(
                        self,
                        TypeError,
                        "'{}' object doesn't support item deletion",
                        t
                    ))
                } else {
                    Err(crate::raise!(
                        self,
                        TypeError,
                        "'{}' object does not support item assignment",
                        t
                    ))
                }
            }
        }
    }
}

/// Python's floor division and modulo (the remainder has the divisor's sign).
pub fn floor_divmod(x: i128, y: i128) -> (i128, i128) {
    let (mut q, mut r) = (x / y, x % y);
    if r != 0 && (r < 0) != (y < 0) {
        q -= 1;
        r += y;
    }
    (q, r)
}

/// The operator as written in Python, for error messages.
pub fn op_symbol(op: BinaryOp) -> &'static str {
    use BinaryOp::*;
    match op {
        Less => "<",
        More => ">",
        Equal => "==",
        LessEqual => "<=",
        MoreEqual => ">=",
        NotEqual => "!=",
        Or => "|",
        Xor => "^",
        And => "&",
        Lshift => "<<",
        Rshift => ">>",
        Add => "+",
        Subtract => "-",
        Multiply => "*",
        MatMultiply => "@",
        FloorDivide => "//",
        TrueDivide => "/",
        Modulo => "%",
        Power => "** or pow()",
        Divmod => "divmod()",
        _ => "?",
    }
}

/// The special method name of `op` (`__add__`, `__radd__`, `__iadd__`, …)
/// as a static qstr, so dispatch to user classes interns nothing.
fn special_name(op: BinaryOp) -> Option<Qstr> {
    use BinaryOp::*;
    Some(match op {
        Less => names::__lt__,
        More => names::__gt__,
        Equal => names::__eq__,
        LessEqual => names::__le__,
        MoreEqual => names::__ge__,
        NotEqual => names::__ne__,
        InplaceOr => names::__ior__,
        InplaceXor => names::__ixor__,
        InplaceAnd => names::__iand__,
        InplaceLshift => names::__ilshift__,
        InplaceRshift => names::__irshift__,
        InplaceAdd => names::__iadd__,
        InplaceSubtract => names::__isub__,
        InplaceMultiply => names::__imul__,
        InplaceMatMultiply => names::__imatmul__,
        InplaceFloorDivide => names::__ifloordiv__,
        InplaceTrueDivide => names::__itruediv__,
        InplaceModulo => names::__imod__,
        InplacePower => names::__ipow__,
        Or => names::__or__,
        Xor => names::__xor__,
        And => names::__and__,
        Lshift => names::__lshift__,
        Rshift => names::__rshift__,
        Add => names::__add__,
        Subtract => names::__sub__,
        Multiply => names::__mul__,
        MatMultiply => names::__matmul__,
        FloorDivide => names::__floordiv__,
        TrueDivide => names::__truediv__,
        Modulo => names::__mod__,
        Power => names::__pow__,
        Divmod => names::__divmod__,
        Contains => names::__contains__,
        ReverseOr => names::__ror__,
        ReverseXor => names::__rxor__,
        ReverseAnd => names::__rand__,
        ReverseLshift => names::__rlshift__,
        ReverseRshift => names::__rrshift__,
        ReverseAdd => names::__radd__,
        ReverseSubtract => names::__rsub__,
        ReverseMultiply => names::__rmul__,
        ReverseMatMultiply => names::__rmatmul__,
        ReverseFloorDivide => names::__rfloordiv__,
        ReverseTrueDivide => names::__rtruediv__,
        ReverseModulo => names::__rmod__,
        ReversePower => names::__rpow__,
        _ => return None,
    })
}
