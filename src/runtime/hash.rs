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
            return Ok(hash_int(v.small_int_value() as i128));
        }
        if v.is_qstr() {
            return Ok(self.str_hash(v));
        }
        if let Some(i) = self.int_i128(v) {
            return Ok(hash_int(i));
        }
        if let Some(f) = self.float_of(v) {
            if f == (f as i64) as f64 {
                return Ok(hash_int(f as i64 as i128));
            }
            return Ok((f.to_bits() ^ (f.to_bits() >> 32)) as u32);
        }
        if let Some(imm) = v.as_immediate() {
            return Ok(imm as u32 * 0x9e37_79b9);
        }
        if self.is_user_instance(v) {
            if let Some(r) = self.call_special(v, names::__hash__, &[])? {
                if r.is_none() {
                    let t = self.type_name(v);
                    return Err(crate::raise!(self, TypeError, "unhashable type: '{}'", t));
                }
                return Ok(self.int_of(r).unwrap_or(0) as u32);
            }
            return Ok(v.ptr_ref().0 >> 4);
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
            TypeId::Int => {
                let (neg, d) = self.bigint_parts(v.ptr_ref());
                let h = d.iter().fold(0u32, |a, &x| a.rotate_left(5) ^ x);
                Ok(if neg { !h } else { h })
            }
            TypeId::List | TypeId::Dict | TypeId::Set => {
                let t = self.type_name(v);
                Err(crate::raise!(self, TypeError, "unhashable type: '{}'", t))
            }
            _ => Ok(v.ptr_ref().0 >> 4),
        }
    }
}

/// Hash of an integral value: the value itself, folded to 32 bits, so small
/// ints spread over a dict's index and equal floats agree.
pub fn hash_int(i: i128) -> u32 {
    let x = i as u64;
    (x ^ (x >> 32)) as u32
}
