//! Data attributes of builtin objects that are read from the object, not
//! from its type's ROM table: `range.start`, `slice.step`, `complex.real`,
//! `int.numerator`, …

use crate::qstr::{names, Qstr};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

/// `obj.name` when it is such a field.
pub fn field<R: Repr>(vm: &mut Vm<R>, obj: R, name: Qstr) -> PyResult<Option<R>> {
    if vm.is_user_instance(obj) {
        return Ok(None);
    }
    let ty = if obj.is_small_int() {
        TypeId::Int
    } else {
        vm.builtin_type_of(obj)
    };
    Ok(Some(match (ty, name) {
        (TypeId::Range, names::start | names::stop | names::step) => {
            let (a, b, c) = vm.range_parts(obj);
            let i = match name {
                names::start => a,
                names::stop => b,
                _ => c,
            };
            vm.new_int(i)?
        }
        (TypeId::Slice, names::start | names::stop | names::step) => {
            let (a, b, c) = vm.slice_parts(obj);
            match name {
                names::start => a,
                names::stop => b,
                _ => c,
            }
        }
        (TypeId::Complex, names::real | names::imag) => {
            let (re, im) = vm.complex_of(obj).unwrap_or((0.0, 0.0));
            vm.new_float(if name == names::real { re } else { im })?
        }
        (TypeId::Float, names::real) => obj,
        (TypeId::Float, names::imag) => vm.new_float(0.0)?,
        (TypeId::Int | TypeId::Bool, names::real | names::numerator) => {
            if vm.is_bool(obj) {
                vm.new_int(vm.int_of(obj).unwrap_or(0))?
            } else {
                obj
            }
        }
        (TypeId::Int | TypeId::Bool, names::imag) => vm.new_int(0)?,
        (TypeId::Int | TypeId::Bool, names::denominator) => vm.new_int(1)?,
        (
            TypeId::TextIO
            | TypeId::StringIO
            | TypeId::BytesIO
            | TypeId::TextFile
            | TypeId::BinaryFile
            | TypeId::RePattern
            | TypeId::ReMatch
            | TypeId::Array
            | TypeId::Deque,
            _,
        ) => return crate::modules::fields::field(vm, ty, obj, name),
        _ => return Ok(None),
    }))
}
