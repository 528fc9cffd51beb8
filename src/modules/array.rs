//! The `array` module: one name, the `array` type (`builtins/arrays.rs`).

use super::Module;
use crate::qstr::names;
use crate::runtime::value::RomValue;
use crate::runtime::TypeId;

pub static MODULE: Module = Module {
    name: names::array,
    attrs: &[(names::array, RomValue::Obj(TypeId::Array.rom_ref()))],
};
