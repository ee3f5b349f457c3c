"""Hello World on bottle, as in the seed: GET /hello/World. Usage: python3 bottle_app.py PORT"""
import sys

from bottle import route, run


@route('/hello/<name>')
def hello(name):
    return 'Hello %s' % name


if __name__ == '__main__':
    # bottle's default server is wsgiref: single-threaded, as the seed measured it.
    run(host='127.0.0.1', port=int(sys.argv[1]), quiet=True)
