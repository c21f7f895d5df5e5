from app.prompts import render


def test_render_ends_turn():
    assert render("hi").endswith("<|eot_id|>")
