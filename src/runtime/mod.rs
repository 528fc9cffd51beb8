//! The runtime's shared machinery: the VM state ([`Vm`]), typed access to
//! heap objects, ROM references and tables, errors, and the port interface.
//! The bytecode interpreter is in `crate::vm`; each object type in
//! `crate::objects`.

pub mod attr;
pub mod call;
pub mod classes;
pub mod error;
pub mod exc;
pub mod fmath;
pub mod hash;
pub mod heap;
pub mod interner;
pub mod iter;
pub mod native_self;
pub mod native_subclass;
pub mod natives;
pub mod ops;
pub mod port;
pub mod port_fs;
pub mod print;
pub mod py_stack;
pub mod rich_eq;
pub mod rom;
pub mod rom_objects;
pub mod state;
pub mod type_cache;
pub mod type_table;
pub mod types;
pub mod value;

pub use error::{PyResult, Raised};
pub use state::{Vm, VmConfig};
pub use types::TypeId;
