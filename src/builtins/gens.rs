//! Methods of generators and coroutines.

use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

natives! { area::GENERATOR;
    SEND send(2, 2) => send;
    THROW throw(2, 4) => throw;
    CLOSE close(1, 1) => close;
    NEXT __next__(1, 1) => next;
}

/// Attributes of generators and coroutines.
pub static ATTRS: &[(Qstr, RomValue)] = &[
    (names::send, rv(Idx::SEND)),
    (names::throw, rv(Idx::THROW)),
    (names::close, rv(Idx::CLOSE)),
    (names::__next__, rv(Idx::NEXT)),
];

fn send<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    vm.gen_send(a[0], a[1], None)
}

fn throw<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    // `throw(type, value)`: the value when it is already an instance of
    // the type, else the type called with it (no arguments for None).
    let exc = match a.get(2) {
        Some(&v) if !v.is_none() && vm.is_class_value(a[1]) => {
            if vm.isinstance(v, a[1]) {
                v
            } else if vm.is_exact(v, TypeId::Tuple) {
                let items = alloc::vec::Vec::from(vm.tuple_items(v.ptr_ref()));
                vm.call(a[1], &items, &[])?
            } else {
                vm.call(a[1], &[v], &[])?
            }
        }
        _ => a[1],
    };
    let exc = vm.make_exception(exc)?;
    vm.gen_send(a[0], R::none(), Some(exc))
}

fn close<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    vm.gen_close(a[0])
}

fn next<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    vm.gen_send(a[0], R::none(), None)
}
