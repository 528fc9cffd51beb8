//! Methods of `object`, inherited by every class.

use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

natives! { area::OBJECT;
    INIT __init__(1, VARARGS_ANY, kw) => init;
    NEW __new__(1, VARARGS_ANY, kw) => new;
    SETATTR __setattr__(3, 3) => setattr;
    DELATTR __delattr__(2, 2) => delattr;
}

const VARARGS_ANY: u8 = crate::runtime::natives::VARARGS;

/// `object`'s attributes.
pub static ATTRS: &[(Qstr, RomValue)] = &[
    (names::__init__, rv(Idx::INIT)),
    (names::__new__, rv(Idx::NEW)),
    (names::__setattr__, rv(Idx::SETATTR)),
    (names::__delattr__, rv(Idx::DELATTR)),
    (
        names::__format__,
        super::strfmt::rv(super::strfmt::Idx::OBJECT_FORMAT),
    ),
];

fn init<R: Repr>(_vm: &mut Vm<R>, _a: &[R], _: &[R]) -> PyResult<R> {
    Ok(R::none())
}

/// `object.__new__(cls, ...)`: a bare instance of `cls` (the arguments are
/// for `__init__`).
fn new<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let cls = a[0];
    if !vm.is_class_value(cls) {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    }
    let r = cls.ptr_ref();
    if let Some((crate::runtime::rom::Region::Type, i)) = crate::runtime::rom::decode(r) {
        let ty = TypeId::from_index(i).unwrap_or(TypeId::Object);
        return super::types::call_type(vm, ty, &[], &[]);
    }
    let native = vm.class_native_base(r);
    if native.is_exception() {
        let t = vm.new_tuple(&a[1..])?;
        return Ok(R::ptr(vm.new_exception_of(r, t)?));
    }
    if crate::runtime::native_subclass::has_native_layout(native) {
        return vm.new_native_instance(r, native, &a[1..], &[], false);
    }
    if native != TypeId::Object {
        let n = vm.class_name(r);
        return Err(crate::raise!(
            vm,
            TypeError,
            "object.__new__({}) is not safe, use {}.__new__()",
            n,
            n
        ));
    }
    vm.new_instance(r)
}

fn attr_name<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<Qstr> {
    match vm.str_text(v) {
        Some(s) => {
            let s = alloc::string::String::from(s);
            vm.intern(&s)
        }
        None => Err(vm.type_error("attribute name must be string")),
    }
}

/// `object.__setattr__(self, name, value)`: the store without the class's hook.
fn setattr<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let q = attr_name(vm, a[1])?;
    vm.store_attr_plain(a[0], q, a[2])?;
    Ok(R::none())
}

fn delattr<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let q = attr_name(vm, a[1])?;
    vm.store_attr_plain(a[0], q, R::null())?;
    Ok(R::none())
}
