//! Builtin functions and methods ("natives"): each file that defines some
//! declares a table with [`natives!`] (names, arity, whether keywords are
//! accepted) and gets a generic `call`; this file only routes a ROM native
//! reference (`area << 8 | index`) to the right file. Adding an area is one
//! line in [`AREAS`]-order in `call` and `info`.
//!
//! Calling convention: `fn(vm, args, kwargs) -> PyResult<R>`, `kwargs` flat
//! `(name, value)` pairs; methods get `self` as `args[0]`.

use crate::qstr::Qstr;
use crate::runtime::rom::{self, Region};
use crate::runtime::{PyResult, Vm};
use mupy_reprs::{ObjRef, Repr};

/// `max` for a native that takes any number of arguments.
pub const VARARGS: u8 = u8::MAX;

/// One native's signature.
pub struct NativeInfo {
    pub name: Qstr,
    pub min: u8,
    pub max: u8,
    pub kw: bool,
}

/// Native areas: one per file declaring a table.
pub mod area {
    pub const BUILTINS: u8 = 0;
    pub const LIST: u8 = 1;
    pub const DICT: u8 = 2;
    pub const STR: u8 = 3;
    pub const GENERATOR: u8 = 4;
    pub const OBJECT: u8 = 5;
    pub const INT: u8 = 6;
    pub const FLOAT: u8 = 7;
    pub const BYTES: u8 = 8;
    pub const SET: u8 = 9;
    pub const SEQ: u8 = 10;
    pub const FUNCS: u8 = 11;
    pub const MATH: u8 = 12;
    // Runtime modules (src/modules/), numbered apart from the builtin types.
    pub const SYS: u8 = 20;
    pub const GC: u8 = 21;
    pub const MICROPYTHON: u8 = 22;
    pub const TIME: u8 = 23;
    pub const STREAM: u8 = 24;
    pub const STRFMT: u8 = 25;
    pub const EXCEPTION: u8 = 26;
    pub const DESCR: u8 = 27;
    // io, json, re, os (src/modules/, src/builtins/io.rs).
    pub const IO: u8 = 40;
    pub const JSON: u8 = 41;
    pub const RE: u8 = 42;
    pub const OS: u8 = 43;
    // struct, collections, array, binascii, random, heapq, hashlib, cmath
    // (src/modules/) and the deque and array types (src/builtins/).
    pub const STRUCT: u8 = 50;
    pub const COLLECTIONS: u8 = 51;
    pub const DEQUE: u8 = 52;
    pub const ARRAY: u8 = 53;
    pub const BINASCII: u8 = 54;
    pub const RANDOM: u8 = 55;
    pub const HEAPQ: u8 = 56;
    pub const HASHLIB: u8 = 57;
    pub const CMATH: u8 = 58;
}

/// The table of `area`. An area whose module is left out of the image (its
/// cargo feature off) has none, so its code is not linked.
fn table(area: u8) -> &'static [NativeInfo] {
    match area {
        area::BUILTINS => crate::builtins::NATIVES,
        area::LIST => crate::builtins::lists::NATIVES,
        area::DICT => crate::builtins::dicts::NATIVES,
        area::STR => crate::builtins::strings::NATIVES,
        area::GENERATOR => crate::builtins::gens::NATIVES,
        area::OBJECT => crate::builtins::objects::NATIVES,
        area::INT => crate::builtins::ints::NATIVES,
        area::FLOAT => crate::builtins::floats::NATIVES,
        area::BYTES => crate::builtins::bytes::NATIVES,
        area::SET => crate::builtins::sets::NATIVES,
        area::SEQ => crate::builtins::seqs::NATIVES,
        area::FUNCS => crate::builtins::funcs::NATIVES,
        area::MATH => crate::modules::math::NATIVES,
        area::SYS => crate::modules::sys::NATIVES,
        area::GC => crate::modules::gc::NATIVES,
        area::MICROPYTHON => crate::modules::micropython::NATIVES,
        area::TIME => crate::modules::time::NATIVES,
        area::STREAM => crate::modules::stream::NATIVES,
        area::STRFMT => crate::builtins::strfmt::NATIVES,
        area::EXCEPTION => crate::builtins::excs::NATIVES,
        area::DESCR => crate::builtins::descrs::NATIVES,
        #[cfg(feature = "mod-io")]
        area::IO => crate::builtins::io::NATIVES,
        #[cfg(feature = "mod-json")]
        area::JSON => crate::modules::json::NATIVES,
        #[cfg(feature = "mod-re")]
        area::RE => crate::modules::re::NATIVES,
        #[cfg(feature = "mod-os")]
        area::OS => crate::modules::os::NATIVES,
        #[cfg(feature = "mod-struct")]
        area::STRUCT => crate::modules::struct_::NATIVES,
        #[cfg(feature = "mod-collections")]
        area::COLLECTIONS => crate::modules::collections::NATIVES,
        #[cfg(feature = "mod-collections")]
        area::DEQUE => crate::builtins::deques::NATIVES,
        #[cfg(feature = "mod-array")]
        area::ARRAY => crate::builtins::arrays::NATIVES,
        #[cfg(feature = "mod-binascii")]
        area::BINASCII => crate::modules::binascii::NATIVES,
        #[cfg(feature = "mod-random")]
        area::RANDOM => crate::modules::random::NATIVES,
        #[cfg(feature = "mod-heapq")]
        area::HEAPQ => crate::modules::heapq::NATIVES,
        #[cfg(feature = "mod-hashlib")]
        area::HASHLIB => crate::modules::hashlib::NATIVES,
        #[cfg(feature = "mod-cmath")]
        area::CMATH => crate::modules::cmath::NATIVES,
        _ => &[],
    }
}

/// Runs native `index` of `area` after checking the arity.
pub fn call<R: Repr>(vm: &mut Vm<R>, area: u8, index: u8, args: &[R], kwargs: &[R]) -> PyResult<R> {
    let Some(info) = table(area).get(index as usize) else {
        return Err(vm.type_error("bad native"));
    };
    check_arity(vm, info, args.len(), kwargs.len())?;
    super::native_self::check(vm, area, index, args)?;
    match area {
        area::BUILTINS => crate::builtins::call(vm, index, args, kwargs),
        area::LIST => crate::builtins::lists::call(vm, index, args, kwargs),
        area::DICT => crate::builtins::dicts::call(vm, index, args, kwargs),
        area::STR => crate::builtins::strings::call(vm, index, args, kwargs),
        area::GENERATOR => crate::builtins::gens::call(vm, index, args, kwargs),
        area::OBJECT => crate::builtins::objects::call(vm, index, args, kwargs),
        area::INT => crate::builtins::ints::call(vm, index, args, kwargs),
        area::FLOAT => crate::builtins::floats::call(vm, index, args, kwargs),
        area::BYTES => crate::builtins::bytes::call(vm, index, args, kwargs),
        area::SET => crate::builtins::sets::call(vm, index, args, kwargs),
        area::SEQ => crate::builtins::seqs::call(vm, index, args, kwargs),
        area::FUNCS => crate::builtins::funcs::call(vm, index, args, kwargs),
        area::MATH => crate::modules::math::call(vm, index, args, kwargs),
        area::SYS => crate::modules::sys::call(vm, index, args, kwargs),
        area::GC => crate::modules::gc::call(vm, index, args, kwargs),
        area::MICROPYTHON => crate::modules::micropython::call(vm, index, args, kwargs),
        area::TIME => crate::modules::time::call(vm, index, args, kwargs),
        area::STREAM => crate::modules::stream::call(vm, index, args, kwargs),
        area::STRFMT => crate::builtins::strfmt::call(vm, index, args, kwargs),
        area::EXCEPTION => crate::builtins::excs::call(vm, index, args, kwargs),
        area::DESCR => crate::builtins::descrs::call(vm, index, args, kwargs),
        #[cfg(feature = "mod-io")]
        area::IO => crate::builtins::io::call(vm, index, args, kwargs),
        #[cfg(feature = "mod-json")]
        area::JSON => crate::modules::json::call(vm, index, args, kwargs),
        #[cfg(feature = "mod-re")]
        area::RE => crate::modules::re::call(vm, index, args, kwargs),
        #[cfg(feature = "mod-os")]
        area::OS => crate::modules::os::call(vm, index, args, kwargs),
        #[cfg(feature = "mod-struct")]
        area::STRUCT => crate::modules::struct_::call(vm, index, args, kwargs),
        #[cfg(feature = "mod-collections")]
        area::COLLECTIONS => crate::modules::collections::call(vm, index, args, kwargs),
        #[cfg(feature = "mod-collections")]
        area::DEQUE => crate::builtins::deques::call(vm, index, args, kwargs),
        #[cfg(feature = "mod-array")]
        area::ARRAY => crate::builtins::arrays::call(vm, index, args, kwargs),
        #[cfg(feature = "mod-binascii")]
        area::BINASCII => crate::modules::binascii::call(vm, index, args, kwargs),
        #[cfg(feature = "mod-random")]
        area::RANDOM => crate::modules::random::call(vm, index, args, kwargs),
        #[cfg(feature = "mod-heapq")]
        area::HEAPQ => crate::modules::heapq::call(vm, index, args, kwargs),
        #[cfg(feature = "mod-hashlib")]
        area::HASHLIB => crate::modules::hashlib::call(vm, index, args, kwargs),
        #[cfg(feature = "mod-cmath")]
        area::CMATH => crate::modules::cmath::call(vm, index, args, kwargs),
        _ => Err(vm.type_error("bad native")),
    }
}

/// The name of a ROM native reference.
pub fn native_name(r: ObjRef) -> Qstr {
    match rom::decode(r) {
        Some((Region::Native, i)) => table((i >> 8) as u8)
            .get((i & 0xff) as usize)
            .map_or(crate::qstr::names::EMPTY, |n| n.name),
        _ => crate::qstr::names::EMPTY,
    }
}

fn check_arity<R: Repr>(vm: &mut Vm<R>, info: &NativeInfo, n: usize, n_kw: usize) -> PyResult<()> {
    let name = alloc::string::String::from(vm.qstr_str(info.name));
    if n_kw > 0 && !info.kw {
        return Err(crate::raise!(
            vm,
            TypeError,
            "{}() takes no keyword arguments",
            name
        ));
    }
    let (min, max) = (info.min as usize, info.max as usize);
    if n >= min && (info.max == VARARGS || n <= max) {
        return Ok(());
    }
    Err(if min == max && min == 1 {
        crate::raise!(
            vm,
            TypeError,
            "{}() takes exactly one argument ({} given)",
            name,
            n
        )
    } else if min == max {
        crate::raise!(
            vm,
            TypeError,
            "{}() takes exactly {} arguments ({} given)",
            name,
            min,
            n
        )
    } else if n < min {
        let s = if min == 1 { "" } else { "s" };
        crate::raise!(
            vm,
            TypeError,
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            s,
            n
        )
    } else {
        let s = if max == 1 { "" } else { "s" };
        crate::raise!(
            vm,
            TypeError,
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            s,
            n
        )
    })
}

/// Declares a file's native table and its dispatching `call`:
///
/// ```ignore
/// natives! { area::LIST;
///     APPEND append(2, 2) => list_append;
///     SORT sort(1, 1, kw) => list_sort;
/// }
/// ```
/// Each line: an index constant, the qstr name, `(min, max[, kw])` counting
/// `self` for methods, and the function. `rv(Idx::APPEND)` gives the
/// `RomValue` to put in a type's or module's attribute table.
#[macro_export]
macro_rules! natives {
    ($area:expr; $($id:ident $name:ident ($min:expr, $max:expr $(, $kw:ident)?) => $f:path;)*) => {
        /// Indices of this file's natives.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Copy, Clone)]
        #[repr(u8)]
        pub enum Idx { $($id,)* }

        /// This file's native table.
        pub static NATIVES: &[$crate::runtime::natives::NativeInfo] = &[
            $($crate::runtime::natives::NativeInfo {
                name: $crate::qstr::names::$name,
                min: $min,
                max: $max,
                kw: $crate::natives!(@kw $($kw)?),
            },)*
        ];

        /// The ROM value naming native `i`.
        pub const fn rv(i: Idx) -> $crate::runtime::value::RomValue {
            $crate::runtime::value::RomValue::native($area, i as u8)
        }

        /// Runs native `index` (arity already checked).
        pub fn call<R: mupy_reprs::Repr>(
            vm: &mut $crate::runtime::Vm<R>,
            index: u8,
            args: &[R],
            kwargs: &[R],
        ) -> $crate::runtime::PyResult<R> {
            $(if index == Idx::$id as u8 {
                return $f(vm, args, kwargs);
            })*
            Err(vm.type_error("bad native"))
        }
    };
    (@kw kw) => { true };
    (@kw) => { false };
}
