//! Object types, one file each: layout, constructors, and the type's
//! methods. A type's `TypeInfo` entry is in `runtime/type_table.rs`.

pub mod array;
pub mod boundmeth;
pub mod bytes;
pub mod cell;
pub mod class;
pub mod closure;
pub mod code;
pub mod complex;
pub mod deque;
pub mod descr;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod instance;
pub mod int;
pub mod int_ops;
pub mod iostream;
pub mod iterator;
pub mod list;
pub mod map;
pub mod module;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod super_;
pub mod tuple;
