//! The interpreter on hand-assembled bytecode (MicroPython v6 encoding),
//! independent of the front end: `print(1 + 2)` and a counting loop run on
//! representations A, C and D, and a loop of small-int arithmetic
//! allocates nothing.

use mupy::qstr::names;
use mupy::runtime::port::BufferPort;
use mupy::runtime::{Vm, VmConfig};
use mupy_emitters::opcodes as op;
use mupy_emitters::{Module, QstrMode, RawCode};
use mupy_reprs::{Repr, A, C, D};

/// A module body: prelude (n_state, no args, name `<module>`, no line map)
/// then `code`.
fn module(n_state: u8, code: &[u8]) -> Module {
    let mut bc = vec![(n_state - 1) << 3, 0x02, names::MODULE_NAME.0 as u8];
    let start = bc.len() as u32;
    bc.extend_from_slice(code);
    Module {
        code: RawCode {
            bytecode: bc,
            n_state: n_state as u16,
            simple_name: names::MODULE_NAME.0,
            code_start: start,
            ..RawCode::default()
        },
        consts: vec![],
        qstr_mode: QstrMode::Global,
        qstrs: vec![],
        source_file: names::STRING.0,
    }
}

/// A varuint operand.
fn uint(v: u32) -> Vec<u8> {
    mupy_emitters::varint::encode_uint(v as u64)
        .as_bytes()
        .to_vec()
}

fn small(i: i8) -> u8 {
    (op::LOAD_CONST_SMALL_INT_MULTI as i16
        + op::LOAD_CONST_SMALL_INT_MULTI_EXCESS as i16
        + i as i16) as u8
}

fn run<R: Repr>(m: &Module) -> (String, Vm<R>) {
    let port = Box::new(BufferPort::default());
    let mut vm = Vm::<R>::new(
        VmConfig {
            heap_bytes: 256 * 1024,
            ..VmConfig::default()
        },
        port,
    )
    .unwrap();
    let code = vm.load_module_code(m).unwrap();
    let g = vm.roots.main_globals;
    let f = vm.new_function(code, g.ptr_ref(), None, None).unwrap();
    if vm.call(f, &[], &[]).is_err() {
        let e = vm.take_exception();
        mupy::vm::print_exception(&mut vm, e, mupy::runtime::port::Stream::Stdout);
    }
    // SAFETY-free peek at the buffer: the port is ours.
    let out = {
        let p: &dyn mupy::runtime::port::Port = &*vm.port;
        let bp = unsafe { &*(p as *const dyn mupy::runtime::port::Port as *const BufferPort) };
        String::from_utf8(bp.out.clone()).unwrap()
    };
    (out, vm)
}

fn print_sum() -> Module {
    let add = op::BINARY_OP_MULTI + mupy_emitters::BinaryOp::Add as u8;
    let mut c = vec![op::LOAD_NAME];
    c.extend(uint(names::print.0));
    c.extend([
        small(1),
        small(2),
        add,
        op::CALL_FUNCTION,
        1,
        op::POP_TOP,
        op::LOAD_CONST_NONE,
        op::RETURN_VALUE,
    ]);
    module(4, &c)
}

#[test]
fn print_one_plus_two_on_every_representation() {
    // Expected output from CPython: print(1 + 2) -> "3\n".
    assert_eq!(run::<A>(&print_sum()).0, "3\n");
    assert_eq!(run::<C>(&print_sum()).0, "3\n");
    assert_eq!(run::<D>(&print_sum()).0, "3\n");
}

/// `for x in range(n): y = x * 3` at module level.
fn range_loop(n: i64, x: u32, y: u32) -> Module {
    let mul = op::BINARY_OP_MULTI + mupy_emitters::BinaryOp::Multiply as u8;
    let mut c = vec![op::LOAD_NAME];
    c.extend(uint(names::range.0));
    c.push(op::LOAD_CONST_SMALL_INT);
    c.extend(mupy_emitters::varint::encode_sint(n).as_bytes());
    c.extend([op::CALL_FUNCTION, 1, op::GET_ITER_STACK]);
    let top = c.len();
    let mut body = vec![op::STORE_NAME];
    body.extend(uint(x));
    body.extend([op::LOAD_NAME]);
    body.extend(uint(x));
    body.extend([small(3), mul, op::STORE_NAME]);
    body.extend(uint(y));
    // FOR_ITER (2 bytes) + body + JUMP (2 bytes), all short offsets.
    let jump_back = -((2 + body.len() + 2) as i32);
    c.extend([op::FOR_ITER, (body.len() + 2) as u8]);
    c.extend(body);
    c.extend([op::JUMP, (jump_back + 0x40) as u8]);
    assert_eq!(c.len() - top, (2 - jump_back - 2) as usize);
    c.extend([op::LOAD_CONST_NONE, op::RETURN_VALUE]);
    module(8, &c)
}

fn loop_alloc<R: Repr>(n: i64) -> (u64, String) {
    let port = Box::new(BufferPort::default());
    let mut vm = Vm::<R>::new(
        VmConfig {
            heap_bytes: 256 * 1024,
            ..VmConfig::default()
        },
        port,
    )
    .unwrap();
    let (x, y) = (vm.intern("x").unwrap(), vm.intern("y").unwrap());
    let m = range_loop(n, x.0, y.0);
    let code = vm.load_module_code(&m).unwrap();
    let g = vm.roots.main_globals;
    let f = vm.new_function(code, g.ptr_ref(), None, None).unwrap();
    let before = vm.heap.stats().allocated_total;
    let r = vm.call(f, &[], &[]);
    let after = vm.heap.stats().allocated_total;
    assert!(r.is_ok());
    let y = vm.dict_get(g, R::qstr(y.0)).unwrap().unwrap();
    let mut s = String::new();
    vm.write_repr(&mut s, y).unwrap();
    (after - before, s)
}

#[test]
fn for_range_allocates_nothing_per_iteration() {
    fn check<R: Repr>() {
        let (a10, y10) = loop_alloc::<R>(10);
        let (a1000, y1000) = loop_alloc::<R>(1000);
        // CPython: y == 27 after range(10), 2997 after range(1000).
        assert_eq!(y10, "27");
        assert_eq!(y1000, "2997");
        assert_eq!(a10, a1000, "bytes allocated grew with the iteration count");
    }
    check::<A>();
    check::<C>();
    check::<D>();
}
