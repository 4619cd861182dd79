package p

var sink interface{}

type S struct{ p *int }

func f(v interface{}) *int {
	switch x := v.(type) {
	case *int:
		return x
	case S:
		return x.p
	}
	return nil
}

func g(v interface{}) {
	switch x := v.(type) {
	case *int:
		sink = x
	}
}

func h(v interface{}) {
	for i := 0; i < 2; i++ {
		switch y := v.(type) {
		case []int:
			sink = y
		case int:
		}
	}
}
