//! Hashes of the builtin types beyond ints, floats, strs and tuples:
//! complex (CPython's `hash(re) + 1000003·hash(im)`), bytes (the stored
//! FNV-1a hash, as str), frozenset (order-independent: a sum of mixed item
//! hashes), and TypeError for the mutable buffers and slices.

use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

/// CPython's `_PyHASH_IMAG`.
const HASH_IMAG: i64 = 1_000_003;

/// The hash of a complex, bytes, frozenset, bytearray, memoryview or slice.
pub fn hash_more<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<u32> {
    match vm.builtin_type_of(v) {
        TypeId::Complex => {
            let (re, im) = vm.complex_of(v).unwrap_or((0.0, 0.0));
            let h = crate::num::hash::py_hash_f64(re)
                .wrapping_add(HASH_IMAG.wrapping_mul(crate::num::hash::py_hash_f64(im)));
            Ok(if h == -1 { -2i64 as u32 } else { h as u32 })
        }
        TypeId::Bytes => Ok(vm.bytes_hash(v)),
        TypeId::FrozenSet => {
            let m = vm.dict_map(v);
            let (mut p, mut h) = (0, 0x1d8a_u32);
            while let Some((np, k, _)) = vm.map_next(m, p) {
                p = np;
                let x = vm.hash(k)?;
                // Mixed so that {a, b} and {a ^ c, b ^ c}-style sets differ.
                h = h.wrapping_add((x ^ (x << 16) ^ 89_869_747).wrapping_mul(3_644_798_167));
            }
            Ok(h.wrapping_mul(69_069).wrapping_add(907_133_923))
        }
        _ => {
            let t = vm.type_name(v);
            Err(crate::raise!(vm, TypeError, "unhashable type: '{}'", t))
        }
    }
}
