//! Methods and fields of `property` (`@x.setter`, `@x.deleter`, `fget`…)
//! and of `staticmethod`/`classmethod` (`__func__`). A property is never
//! changed in place: `setter` and friends return a copy with one function
//! replaced, as CPython's.

use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

natives! { area::DESCR;
    GETTER getter(2, 2) => getter;
    SETTER setter(2, 2) => setter;
    DELETER deleter(2, 2) => deleter;
}

/// `property`'s methods.
pub static PROPERTY_ATTRS: &[(Qstr, RomValue)] = &[
    (names::getter, rv(Idx::GETTER)),
    (names::setter, rv(Idx::SETTER)),
    (names::deleter, rv(Idx::DELETER)),
];

fn with<R: Repr>(vm: &mut Vm<R>, a: &[R], slot: usize) -> PyResult<R> {
    if !vm.is_exact(a[0], TypeId::Property) {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    }
    let (g, s, d) = vm.property_parts(a[0]);
    let mut parts = [g, s, d];
    parts[slot] = a[1];
    vm.new_descr(TypeId::Property, parts[0], parts[1], parts[2])
}

fn getter<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    with(vm, a, 0)
}

fn setter<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    with(vm, a, 1)
}

fn deleter<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    with(vm, a, 2)
}

/// Data fields of descriptor objects: a property's `fget`/`fset`/`fdel`,
/// a static or class method's `__func__`.
pub fn field<R: Repr>(vm: &Vm<R>, obj: R, name: Qstr) -> Option<R> {
    let ty = vm.builtin_type_of(obj);
    if vm.is_user_instance(obj) {
        return None;
    }
    match ty {
        TypeId::Property => {
            let (g, s, d) = vm.property_parts(obj);
            match name {
                names::fget => Some(g),
                names::fset => Some(s),
                names::fdel => Some(d),
                _ => None,
            }
        }
        TypeId::StaticMethod | TypeId::ClassMethod if name == names::__func__ => {
            Some(vm.wrapped(obj))
        }
        _ => None,
    }
}
