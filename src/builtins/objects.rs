//! Methods of `object`, inherited by every class.

use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, Vm};
use mupy_reprs::Repr;

natives! { area::OBJECT;
    INIT __init__(1, VARARGS_ANY, kw) => init;
}

const VARARGS_ANY: u8 = crate::runtime::natives::VARARGS;

/// `object`'s attributes.
pub static ATTRS: &[(Qstr, RomValue)] = &[(names::__init__, rv(Idx::INIT))];

fn init<R: Repr>(_vm: &mut Vm<R>, _a: &[R], _: &[R]) -> PyResult<R> {
    Ok(R::none())
}
