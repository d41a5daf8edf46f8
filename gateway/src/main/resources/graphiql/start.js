// GraphiQL against this gateway's /graphql, same origin only. Every operation needs a token: put
// {"Authorization": "Bearer <token>"} in the Headers tab (README: tokens). Headers are not kept in the browser's storage.
'use strict';
(function () {
  const PLACEHOLDER = 'Bearer <token>';
  const gateway = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.origin).href });
  // Until a token is typed in, say so instead of sending a request the gateway must refuse (401): GraphiQL asks for
  // the schema as soon as it opens. Once the token is in, the re-fetch button of the docs pane loads the schema.
  const fetcher = function (params, options) {
    const authorization = options && options.headers && options.headers.Authorization;
    if (!authorization || authorization === PLACEHOLDER) {
      return Promise.resolve({ errors: [{ message: '请先在 Headers 标签中填入令牌：{"Authorization": "Bearer 令牌"}（令牌的取得见 README）' }] });
    }
    return gateway(params, options);
  };
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultEditorToolsVisibility: 'headers',
    shouldPersistHeaders: false,
    defaultHeaders: JSON.stringify({ Authorization: PLACEHOLDER }),
    defaultQuery: '# 例：前五部法律的标题\n{\n  laws(first: 5) {\n    edges { node { id title } }\n  }\n}\n'
  // Our own name in place of GraphiQL's logo, which links to github.com: nothing here may point off the intranet.
  }, React.createElement(GraphiQL.Logo, null, '综合查一次 · 接口调试')));

  // GraphiQL's editors (CodeMirror 5) come without names for screen readers and with scroll areas a keyboard cannot
  // reach (axe-core: label, scrollable-region-focusable): name each editor and let its scroll area take focus.
  const names = [['.graphiql-query-editor-wrapper', '查询编辑器'], ['.graphiql-editor-tool', '变量与请求头编辑器'],
    ['.result-window', '执行结果']];
  const describe = function () {
    names.forEach(function (entry) {
      document.querySelectorAll(entry[0] + ' .CodeMirror textarea').forEach(function (area) {
        area.setAttribute('aria-label', entry[1]);
      });
    });
    document.querySelectorAll('.CodeMirror-scroll').forEach(function (scroll) {
      if (scroll.getAttribute('tabindex') !== '0') {
        scroll.setAttribute('tabindex', '0');
      }
    });
  };
  new MutationObserver(describe).observe(document.getElementById('graphiql'), { childList: true, subtree: true });
})();
