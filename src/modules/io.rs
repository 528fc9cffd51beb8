//! The `io` module: the stream types and `open`. The types' methods are in
//! `builtins/io.rs`, their layout in `objects/iostream.rs`.

use super::Module;
use crate::qstr::names;
use crate::runtime::value::RomValue;
use crate::runtime::TypeId;

pub static MODULE: Module = Module {
    name: names::io,
    attrs: &[
        (names::StringIO, RomValue::Obj(TypeId::StringIO.rom_ref())),
        (names::BytesIO, RomValue::Obj(TypeId::BytesIO.rom_ref())),
        (names::open, crate::builtins::io::OPEN),
    ],
};
