//! The `errno` module: MicroPython's set of error numbers (Linux values,
//! as MicroPython's ports use) and `errorcode`, the number-to-name dict,
//! made on each access from the same table (it is rarely used, and a ROM
//! table costs no RAM while nobody asks).

use super::Module;
use crate::qstr::{names, Qstr};
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, Vm};
use mupy_reprs::Repr;

/// Every constant, in MicroPython's order.
static CODES: [(Qstr, i32); 22] = [
    (names::EPERM, 1),
    (names::ENOENT, 2),
    (names::EIO, 5),
    (names::EBADF, 9),
    (names::EAGAIN, 11),
    (names::ENOMEM, 12),
    (names::EACCES, 13),
    (names::EEXIST, 17),
    (names::ENODEV, 19),
    (names::EISDIR, 21),
    (names::EINVAL, 22),
    (names::EOPNOTSUPP, 95),
    (names::EADDRINUSE, 98),
    (names::ECONNABORTED, 103),
    (names::ECONNRESET, 104),
    (names::ENOBUFS, 105),
    (names::ENOTCONN, 107),
    (names::ETIMEDOUT, 110),
    (names::ECONNREFUSED, 111),
    (names::EHOSTUNREACH, 113),
    (names::EALREADY, 114),
    (names::EINPROGRESS, 115),
];

macro_rules! attrs {
    ($($i:literal)*) => { [$((CODES[$i].0, RomValue::Int(CODES[$i].1)),)*] };
}

static ATTRS: [(Qstr, RomValue); 22] =
    attrs!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21);

pub static MODULE: Module = Module {
    name: names::errno,
    attrs: &ATTRS,
};

/// The name of error number `n` (for `OSError` messages).
pub fn name_of(n: i32) -> Option<Qstr> {
    CODES.iter().find(|&&(_, c)| c == n).map(|&(q, _)| q)
}

/// `errno.errorcode`.
pub fn dynamic_attr<R: Repr>(vm: &mut Vm<R>, name: Qstr) -> PyResult<Option<R>> {
    if name != names::errorcode {
        return Ok(None);
    }
    let d = vm.new_dict()?;
    for &(q, n) in CODES.iter() {
        let k = vm.new_int(n as i64)?;
        vm.dict_set(d, k, R::qstr(q.0))?;
    }
    Ok(Some(d))
}
