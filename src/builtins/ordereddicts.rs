//! `collections.OrderedDict`, as MicroPython has it: a dict object whose
//! header names the `OrderedDict` type. Dicts already keep insertion
//! order, so only the constructor, the repr (`OrderedDict({...})`, see
//! `runtime/print.rs`) and equality between two of them (which, unlike
//! dict equality, compares order) are its own; everything else is dict's.

use crate::runtime::ops::same_object;
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

/// `OrderedDict(iterable_or_mapping=(), **kwargs)`.
pub fn new<R: Repr>(vm: &mut Vm<R>, args: &[R], kwargs: &[R]) -> PyResult<R> {
    if args.len() > 1 {
        return Err(vm.type_error("expected at most 1 argument"));
    }
    let d = R::ptr(vm.new_dict_of(TypeId::OrderedDict.rom_ref())?);
    if let Some(&v) = args.first() {
        super::dicts::update(vm, d, v)?;
    }
    for p in kwargs.chunks_exact(2) {
        vm.dict_set(d, p[0], p[1])?;
    }
    Ok(d)
}

/// `a == b` for two OrderedDicts: the same pairs in the same order.
pub fn equal<R: Repr>(vm: &mut Vm<R>, a: R, b: R) -> PyResult<bool> {
    if vm.dict_len(a) != vm.dict_len(b) {
        return Ok(false);
    }
    let (ma, mb) = (vm.dict_map(a), vm.dict_map(b));
    let (mut pa, mut pb) = (0, 0);
    loop {
        // Positions are re-read each round: an `__eq__` may change either dict.
        match (vm.map_next(ma, pa), vm.map_next(mb, pb)) {
            (Some((na, ka, va)), Some((nb, kb, vb))) => {
                if !same_object(ka, kb) && !vm.equal(ka, kb)?
                    || !same_object(va, vb) && !vm.equal(va, vb)?
                {
                    return Ok(false);
                }
                pa = na;
                pb = nb;
            }
            (None, None) => return Ok(true),
            _ => return Ok(false),
        }
    }
}
