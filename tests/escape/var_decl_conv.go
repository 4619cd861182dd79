package p

// var declarations: an assignment per name, at the first name; the
// implicit conversion of a constant at the declaration

type Stringer interface{ String() string }

type Num int

func (n Num) String() string { return "n" }

var sink interface{}

func c5(p *int) {
	var x, y Stringer = Num(3), Num(4)
	sink = x
	sink = y
	var a, b = p, new(Num)
	sink = a
	sink = b
	var c, d = two()
	sink = c
	sink = d
	var e, f interface{} = p, 7
	sink = e
	sink = f
}

func two() (*int, *int) { return new(int), new(int) }

// an explicit conversion to an interface is named as written
func explicit(d Num) {
	sink = Stringer(d)
	sink = Stringer(Num(4))
	sink = interface{}(d)
	sink = interface{}(5)
	x := Stringer(d)
	sink = x
	var y Stringer = d + 1
	sink = y
}

// a constant converted in a declaration: at the declaration
func constant() {
	var x Stringer = Num(3)
	sink = x
	var z Stringer = Num(3) + 1
	sink = z
}
