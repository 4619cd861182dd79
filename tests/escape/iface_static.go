package p

// Interface-to-interface conversions and devirtualized go/defer calls.

type Shape interface{ Area() int }

type Big interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }

func (r *Rect) Area() int    { return r.w * r.h }
func (r *Rect) Name() string { return "rect" }

type Any interface{}

var sink interface{}
var ssink Shape

// a non-empty interface to another is converted (gc's OCONVIFACE):
// -m=2 notes it; devirtualization stops there
func convs(b Big) Shape {
	sink = b
	ssink = Shape(b)
	var s Shape = b
	_ = s.Area()
	return b
}

// between empty interfaces nothing is converted
func empties(e interface{}) {
	var a Any = e
	sink = a
}

// the wrapper of a devirtualized deferred call keeps x.(T)
func deferred() {
	var s Shape = &Rect{1, 2}
	defer s.Area()
}

func spawned() {
	var s Shape = &Rect{1, 2}
	go s.Area()
}

// a value-receiver method through a pointer
type Sq struct{ s int }

func (q Sq) Area() int { return q.s }

func deferredValue() {
	var s Shape = &Sq{3}
	defer s.Area()
}
