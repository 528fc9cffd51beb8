//! The `.mpy` loader on arbitrary bytes: read, disassemble, relink to the
//! runtime's qstr ids and load into a VM's heap. Each step gives a result
//! or an error; none panics. (Bytecode is trusted by the VM, as by
//! MicroPython, so loaded code is not run.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use mupy_emitters::{disasm, mpy};
use mupy_fuzz::harness::{Limits, Session};
use mupy_reprs::A;

fuzz_target!(|data: &[u8]| {
    let Some(mut s) = Session::<A>::new(Limits::default()) else {
        return;
    };
    let vm = &mut s.vm;
    // A qstr the VM cannot intern (heap full) reads as the empty name.
    let Ok(mut module) = mpy::read(data, &mut |t| vm.intern(t).map_or(0, |q| q.0)) else {
        return;
    };
    let mut text = String::new();
    let name = |q: u32| if q < 1 << 20 { "q" } else { "?" };
    let _ = disasm::disassemble_module(&module, &name, &mut text);
    if mpy::to_global_qstrs(&mut module).is_err() {
        return;
    }
    if vm.load_module_code(&module).is_err() {
        vm.take_exception();
    }
});
