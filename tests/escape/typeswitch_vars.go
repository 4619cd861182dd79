package p

var sink interface{}

func f(v interface{}) *int {
	switch x := v.(type) {
	case int:
		return &x
	case string, bool:
		sink = &x
	default:
		sink = &x
	}
	return nil
}
