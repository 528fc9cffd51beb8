//! Methods of `BaseException`, inherited by every exception class:
//! `__init__` (sets `args`, so `super().__init__(msg)` in a subclass works),
//! `__str__`/`__repr__` (callable explicitly, e.g. `Exception.__str__(e)`)
//! and `with_traceback`.

use crate::natives;
use crate::objects::exception::ExceptionObj;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::{area, VARARGS};
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use mupy_reprs::Repr;

natives! { area::EXCEPTION;
    INIT __init__(1, VARARGS) => init;
    STR __str__(1, 1) => str_;
    REPR __repr__(1, 1) => repr;
    WITH_TRACEBACK with_traceback(2, 2) => with_traceback;
}

/// `BaseException`'s attributes.
pub static ATTRS: &[(Qstr, RomValue)] = &[
    (names::__init__, rv(Idx::INIT)),
    (names::__str__, rv(Idx::STR)),
    (names::__repr__, rv(Idx::REPR)),
    (names::with_traceback, rv(Idx::WITH_TRACEBACK)),
];

fn check<R: Repr>(vm: &mut Vm<R>, e: R) -> PyResult<()> {
    if e.is_ptr() && vm.builtin_type_of(e).is_exception() {
        return Ok(());
    }
    let t = vm.type_name(e);
    Err(crate::raise!(
        vm,
        TypeError,
        "descriptor requires a 'BaseException' object but received a '{}'",
        t
    ))
}

fn init<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    check(vm, a[0])?;
    let args = vm.new_tuple(&a[1..])?;
    if crate::runtime::rom::is_rom(a[0].ptr_ref()) {
        return Ok(R::none());
    }
    // SAFETY: `a[0]` is a heap exception instance (checked above).
    unsafe { vm.obj_mut::<ExceptionObj<R>>(a[0].ptr_ref()) }.args = args;
    Ok(R::none())
}

/// The text of `BaseException.__str__`: nothing, the one argument, or the tuple.
fn str_<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    check(vm, a[0])?;
    let args = vm.exception_args(a[0]);
    let items: alloc::vec::Vec<R> = vm.tuple_items(args.ptr_ref()).into();
    let mut s = String::new();
    match items.as_slice() {
        [] => {}
        [x] if vm.isinstance_builtin(a[0], TypeId::KeyError) => vm.write_repr(&mut s, *x)?,
        [x] => vm.write_str(&mut s, *x)?,
        _ => vm.write_repr(&mut s, args)?,
    }
    vm.new_str(&s)
}

/// `Name(arg)` or `Name(a, b)`.
fn repr<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    check(vm, a[0])?;
    let args = vm.exception_args(a[0]);
    let items: alloc::vec::Vec<R> = vm.tuple_items(args.ptr_ref()).into();
    let mut s = vm.type_name(a[0]);
    if let [x] = items.as_slice() {
        s.push('(');
        vm.write_repr(&mut s, *x)?;
        s.push(')');
    } else {
        vm.write_repr(&mut s, args)?;
    }
    vm.new_str(&s)
}

fn with_traceback<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    check(vm, a[0])?;
    Ok(a[0])
}
