//! Builtin modules: each is a ROM table of names in its own file, named by a
//! `Region::Module` reference whose index is its place in [`MODULES`].
//! `import` finds them here after `sys.modules` and before `.py` files.
//! A few attributes cannot be ROM values (`sys.argv` is a heap list, `sys.platform`
//! comes from the port): those modules also answer `dynamic_attr`.

pub mod array;
pub mod binascii;
pub mod cmath;
pub mod collections;
pub mod errno;
pub mod exp_dd;
pub mod fields;
pub mod frozen;
pub mod frozen_list;
pub mod gc;
pub mod hashlib;
pub mod heapq;
pub mod io;
pub mod json;
pub mod json_parse;
pub mod math;
pub mod micropython;
pub mod os;
pub mod random;
pub mod re;
pub mod re_compile;
pub mod re_exec;
pub mod stream;
pub mod struct_;
pub mod struct_half;
pub mod sys;
pub mod time;

use crate::qstr::{names, Qstr};
use crate::runtime::rom::{rom_ref, Region};
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, Vm};
use mupy_reprs::Repr;

/// One builtin module.
pub struct Module {
    pub name: Qstr,
    pub attrs: &'static [(Qstr, RomValue)],
}

/// Every builtin module; a module's reference is `rom_ref(Region::Module, index)`.
/// The modules beyond the VM's own are each behind a cargo feature (`modules-extra`
/// turns them all on); an image without one answers `ImportError`.
pub static MODULES: &[&Module] = &[
    &sys::MODULE,
    &sys::IMPLEMENTATION,
    &gc::MODULE,
    &micropython::MODULE,
    &time::MODULE,
    &math::MODULE,
    #[cfg(feature = "mod-struct")]
    &struct_::MODULE,
    #[cfg(feature = "mod-collections")]
    &collections::MODULE,
    #[cfg(feature = "mod-array")]
    &array::MODULE,
    #[cfg(feature = "mod-binascii")]
    &binascii::MODULE,
    #[cfg(feature = "mod-random")]
    &random::MODULE,
    #[cfg(feature = "mod-heapq")]
    &heapq::MODULE,
    #[cfg(feature = "mod-errno")]
    &errno::MODULE,
    #[cfg(feature = "mod-hashlib")]
    &hashlib::MODULE,
    #[cfg(feature = "mod-cmath")]
    &cmath::MODULE,
    #[cfg(feature = "mod-io")]
    &io::MODULE,
    #[cfg(feature = "mod-json")]
    &json::MODULE,
    #[cfg(feature = "mod-re")]
    &re::MODULE,
    #[cfg(feature = "mod-os")]
    &os::MODULE,
];

/// The builtin module called `name`.
pub fn find<R: Repr>(name: Qstr) -> Option<R> {
    MODULES
        .iter()
        .position(|m| m.name == name && name != names::implementation)
        .map(|i| R::ptr(rom_ref(Region::Module, i as u32)))
}

/// The name of module `index` (for `repr` and `__name__`).
pub fn name(index: u32) -> Qstr {
    MODULES.get(index as usize).map_or(names::EMPTY, |m| m.name)
}

/// The ROM value of `module.name`, if it has one.
pub fn rom_attr(index: u32, name: Qstr) -> Option<RomValue> {
    let m = MODULES.get(index as usize)?;
    if name == names::__name__ {
        return Some(RomValue::Str(m.name));
    }
    m.attrs.iter().find(|&&(q, _)| q == name).map(|&(_, v)| v)
}

/// `module.name` for module `index`: a ROM value, or one made from VM state.
pub fn attr<R: Repr>(vm: &mut Vm<R>, index: u32, name: Qstr) -> PyResult<Option<R>> {
    if let Some(rv) = rom_attr(index, name) {
        return Ok(Some(vm.rom_value(rv)?));
    }
    match MODULES.get(index as usize).map(|m| m.name) {
        Some(names::sys) => sys::dynamic_attr(vm, name),
        Some(names::implementation) => sys::implementation_attr(vm, name),
        #[cfg(feature = "mod-errno")]
        Some(names::errno) => errno::dynamic_attr(vm, name),
        _ => Ok(None),
    }
}
