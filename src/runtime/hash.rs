//! `hash()`: equal values hash equal across types (`hash(1) == hash(1.0)
//! == hash(True)`), strs use their stored FNV-1a hash, tuples combine their
//! items, user objects use `__hash__` or identity; mutable builtins raise.

use crate::qstr::names;
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

impl<R: Repr> Vm<R> {
    /// The hash of `v` as a machine word (dict indices use the low bits).
    pub fn hash(&mut self, v: R) -> PyResult<u32> {
        if v.is_small_int() {
            return Ok(crate::num::hash::hash_i64(v.small_int_value()));
        }
        if v.is_qstr() {
            return Ok(self.str_hash(v));
        }
        if self.is_int(v) {
            return Ok(self.int_py_hash(v) as u32);
        }
        if let Some(f) = self.float_of(v) {
            return Ok(crate::num::hash::hash_f64(f));
        }
        if let Some(imm) = v.as_immediate() {
            return Ok(imm as u32 * 0x9e37_79b9);
        }
        if self.is_user_instance(v) {
            let t = self.type_ref_of(v);
            match self.lookup_type_attr(t, names::__hash__)? {
                // `__hash__ = None` (set implicitly by defining `__eq__`).
                Some(h) if h.is_none() => {
                    let t = self.type_name(v);
                    return Err(crate::raise!(self, TypeError, "unhashable type: '{}'", t));
                }
                Some(h) => {
                    let f = self.bind_descriptor(h, v)?;
                    let r = self.call(f, &[], &[])?;
                    if !self.is_int(r) {
                        let msg = "__hash__ method should return an integer";
                        return Err(self.type_error(msg));
                    }
                    return Ok(self.int_of(r).unwrap_or(0) as u32);
                }
                // Subclasses of builtin types hash as their base.
                None if self.has_native_base(v) => {}
                None => return Ok(v.ptr_ref().0 >> 4),
            }
        }
        match self.builtin_type_of(v) {
            TypeId::Str => Ok(self.str_hash(v)),
            TypeId::Tuple => {
                let n = self.tuple_items(v.ptr_ref()).len();
                let mut h: u32 = 0x345678;
                for i in 0..n {
                    let x = self.tuple_items(v.ptr_ref())[i];
                    h = (h ^ self.hash(x)?).wrapping_mul(1_000_003);
                }
                Ok(h ^ n as u32)
            }
            TypeId::Complex
            | TypeId::Bytes
            | TypeId::FrozenSet
            | TypeId::ByteArray
            | TypeId::MemoryView
            | TypeId::Slice => crate::builtins::hashes::hash_more(self, v),
            TypeId::BoundMethod => {
                // Equal bound methods (same object, same function) hash alike.
                let (s, f) = self.bound_method_parts(v);
                let hs = if s.is_ptr() {
                    s.ptr_ref().0 >> 4
                } else {
                    self.hash(s)?
                };
                Ok(hs ^ f.ptr_ref().0.rotate_left(16))
            }
            TypeId::List | TypeId::Dict | TypeId::Set => {
                let t = self.type_name(v);
                Err(crate::raise!(self, TypeError, "unhashable type: '{}'", t))
            }
            _ => Ok(v.ptr_ref().0 >> 4),
        }
    }
}
