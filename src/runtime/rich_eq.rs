//! `==` and `!=` when a user instance is an operand, in CPython's order:
//! the right operand first when its class derives from the left's, then
//! the left's method, then the right's (`==` and `!=` are their own
//! reflections). A class with `__eq__` but no `__ne__` answers `!=` with
//! the negation of `__eq__`. A method's result is returned as it is (it
//! need not be a bool); with no method, identity decides, except for
//! subclasses of builtin types, which compare as their base.

use crate::runtime::{PyResult, Vm};
use mupy_reprs::Repr;

impl<R: Repr> Vm<R> {
    /// `a == b`, or `a != b` when `ne`, where one side is a user instance.
    pub fn rich_equal(&mut self, ne: bool, a: R, b: R) -> PyResult<R> {
        let (ta, tb) = (self.type_ref_of(a), self.type_ref_of(b));
        let b_first =
            ta != tb && self.is_user_instance(b) && self.issubclass(R::ptr(tb), R::ptr(ta));
        let order = if b_first { [b, a] } else { [a, b] };
        for (i, &x) in order.iter().enumerate() {
            let y = order[1 - i];
            if !self.is_user_instance(x) {
                continue;
            }
            if let Some(r) = self.eq_method(ne, x, y)? {
                return Ok(r);
            }
        }
        if self.has_native_base(a) || self.has_native_base(b) || !self.is_user_instance(a) {
            let e = self.equal(a, b)?;
            return Ok(R::bool(e != ne));
        }
        Ok(R::bool(self.is_same(a, b) != ne))
    }

    /// `x.__eq__(y)` (or `x.__ne__(y)`, falling back on the negated
    /// `__eq__`); `None` when absent or `NotImplemented`.
    fn eq_method(&mut self, ne: bool, x: R, y: R) -> PyResult<Option<R>> {
        let not_impl = R::immediate(mupy_reprs::Immediate::NotImplemented);
        let t = self.type_ref_of(x);
        if ne {
            if let Some(m) = self.lookup_type_attr(t, crate::qstr::names::__ne__)? {
                let r = self.call_descriptor(m, x, &[y], &[])?;
                return Ok((r != not_impl).then_some(r));
            }
        }
        let Some(m) = self.lookup_type_attr(t, crate::qstr::names::__eq__)? else {
            return Ok(None);
        };
        let r = self.call_descriptor(m, x, &[y], &[])?;
        if r == not_impl {
            return Ok(None);
        }
        if ne {
            return Ok(Some(R::bool(!self.truthy(r)?)));
        }
        Ok(Some(r))
    }
}
