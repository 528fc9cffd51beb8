//! Object types, one file each: layout, constructors, and the type's
//! methods. A type's `TypeInfo` entry is in `runtime/type_table.rs`.

pub mod class;
pub mod exception;
pub mod str;
pub mod tuple;
