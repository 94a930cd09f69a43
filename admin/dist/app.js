var x,lt,Qn,K,Pe,Te,dt,xe,ut,Be,We,ct,pe=Symbol.for("pv"),qe={},Ne=[],jn=/^m(i|n|o|s|text|space)$/,Oe=Array.isArray,pt=Ne.slice,ne=Object.assign;function te(e){e&&e.parentNode&&e.remove()}function Ie(e,t,r,o,s){var i={type:e,props:t,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:pe,__v:s||++lt,__i:-1,__u:0};return!s&&x.vnode&&x.vnode(i),i}function F(e){return e.children}function Ce(e,t){this.props=e,this.context=t,this.__g=0}function z(e,t){if(t==null)return e.__&&z(e.__,e.__i+1);for(var r;t<e.__k.length;t++)if((r=e.__k[t])&&r.__e)return r.__e;return typeof e.type!="function"||e.props.__P?null:z(e)}function Kn(e){var t,r=e.__v,o=r.__e,s=[],i=[],d=e.__P;d&&((t=ne({constructor:pe},r)).__v=r.__v+1,x.vnode&&x.vnode(t),Me(d,t,r,e.__n,d.namespaceURI,32&r.__u?[o]:null,s,o||z(r),32&r.__u,i),t.__v=r.__v,t.__.__k[t.__i]=t,bt(s,t,i),r.__=r.__e=null,t.__e!=o&&mt(t))}function mt(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),mt(e)}function Ue(e){(8&e.__g||(e.__g|=8,K.push(e),Te++))&&Pe==x.debounceRendering||((Pe=x.debounceRendering)||queueMicrotask)(ft)}function ft(){try{for(var e,t=1;K.length;)K.length>t&&K.sort(dt),e=K.shift(),t=K.length,8&e.__g&&Kn(e)}finally{(Te=K.length)&&(Pe||queueMicrotask)(ft)}}function gt(e,t,r,o,s,i,d,l,p,f,c){var y,D,u,_,A,g,C=o.__k||Ne,k=t.length;for(p=zn(r,t,C,p,k),y=0;y<k;y++)(u=r.__k[y])!=null&&(D=~u.__i&&C[u.__i]||qe,u.__i=y,g=Me(e,u,D,s,i,d,l,p,f,c),_=u.__e,(D.ref!=u.ref||8&D.__u)&&(D.ref&&Ve(D.ref,null,u,D),u.ref&&c.push(u.ref,u.__c||_,u)),A=A||_,4&u.__u?(p=ht(u,p,e,!D.__v),D.__e&&(D.__e=null)):typeof u.type=="function"&&g!==void 0?p=g:_&&(p=_.nextSibling),u.__u&=-21);return r.__e=A,p}function zn(e,t,r,o,s){var i,d,l,p,f,c,y,D,u,_=r.length,A=_,g=0,C=0,k=e.__k=Array(s);for(i=0;i<s;i++)(d=t[i])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d!="object"||d.constructor===String?d=k[i]=Ie(null,d):Oe(d)?d=k[i]=Ie(F,{children:d}):d.constructor===pe&&d.__b?d=k[i]=Ie(d.type,d.props,d.key,d.ref,d.__v):k[i]=d,p=i+g,d.__=e,d.__b=e.__b+1,l=null,~(f=d.__i=Gn(d,r,p,A))&&(A--,(l=r[f])&&(l.__u|=2)),l&&l.__v?(d.__u|=16,f==p-1?g--:f==p+1?g++:f!=p&&(f>p?g--:g++,C=1)):(~f||(s>_?g--:s<_&&g++),typeof d.type!="function"&&(d.__u|=4))):k[i]=null;if(C){for(c=[],y=[],i=0;i<s;i++)if((d=k[i])&&16&d.__u){for(g=0,D=c.length;g<D;)c[u=g+D>>1]<d.__i?g=u+1:D=u;c[g]=d.__i,y[i]=g+1}for(g=c.length;i--;)y[i]&&(y[i]==g?g--:k[i].__u|=4)}if(A)for(i=0;i<_;i++)!(l=r[i])||2&l.__u||(l.__e==o&&(o=z(l)),Fe(l,l));return o}function ht(e,t,r,o){var s,i,d,l;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(i=0;i<s.length;i++)s[i]&&(s[i].__=e,t=ht(s[i],t,r,!1));return t}for(t&&!t.parentNode&&(t=z(e))&&!t.parentNode&&(t=null),d=e.__e,l=t;l&&l.nodeType==8;)l=l.nextSibling;for(d!=l&&(!o&&r.moveBefore&&d.parentNode?r.moveBefore(d,t):r.insertBefore(d,t||null)),t=d;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function Gn(e,t,r,o){var s,i=e.key,d=e.type,l=t[r],p=l&&!(2&l.__u);if(l===null&&i==null||p&&i==l.key&&d==l.type)return r;if(o>(p?1:0)){for(s=r-1;s>=0;s--)if((l=t[s])&&!(2&l.__u)&&i==l.key&&d==l.type)return s;for(s=r+1;s<t.length;s++)if((l=t[s])&&!(2&l.__u)&&i==l.key&&d==l.type)return s}return-1}function st(e,t,r){r==null&&(r=""),t[0]=="-"?e.setProperty(t,r):e[t]=r}function we(e,t,r,o,s){var i,d;if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)r&&t in r||st(e.style,t);if(r)for(t in r)o&&r[t]==o[t]||st(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(e.__e||(e.__e={}))[t]=r,r&&o||(d=We[t]||(We[t]=Jn(t)),(e.__a||(e.__a={}))[t]=Be,i=t!=(t=t.replace(ut,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),r?e.addEventListener(t,d,i):e.removeEventListener(t,d,i));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r)}}function Jn(e){return function(t){var r=this.__e;if(r){if(r=r[e],t[xe]==null)t[xe]=Be++;else if(t[xe]<this.__a[e])return;return r(x.event?x.event(t):t)}}}function Me(e,t,r,o,s,i,d,l,p,f){var c,y,D,u,_,A,g,C,k,h,T,Le,it,ve,X,at,j,ee,Q=t.type;if(t.constructor!==pe)return null;128&r.__u&&(p=32&r.__u,c=r.__c.__z)&&(t.__u|=p,y=i=[],c.nodeType==8?l=Ae(c,i):i.push(c),l=i[0]||l),(c=x.__b)&&c(t);e:if(typeof Q=="function"){D=d.length;try{if(C=t.props,k=(c=Q.prototype)&&c.render,h=(c=Q.contextType)&&o[c.__c],T=c?h?h.props.value:c.__:o,(u=r.__c)?(t.__c=u,2&u.__g&&(u.__g|=1)):(k?t.__c=u=new Q(C,T):(t.__c=u=new Ce(C,T),u.constructor=Q,u.render=Yn),h&&h.sub(u),u.state||(u.state={}),u.__n=o,u.__g|=8,u.__h=[],u.__k=[]),k&&(u.__s||(u.__s=u.state),Q.getDerivedStateFromProps&&(u.__s==u.state&&(u.__s=ne({},u.__s)),ne(u.__s,Q.getDerivedStateFromProps(C,u.__s)))),_=u.props,A=u.state,u.__v=t,r.__c){if(C!==_&&k&&!Q.getDerivedStateFromProps&&u.componentWillReceiveProps&&u.componentWillReceiveProps(C,T),t.__v==r.__v&&!(8&u.__g)||!(4&u.__g)&&u.shouldComponentUpdate&&u.shouldComponentUpdate(C,u.__s,T)===!1){t.__v!=r.__v&&(u.props=C,u.state=u.__s,u.__g&=-9),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(B){B&&(B.__=t)}),Ne.push.apply(u.__h,u.__k),u.__k=[],u.__h.length&&d.push(u),l=z(r);break e}u.componentWillUpdate&&u.componentWillUpdate(C,u.__s,T),k&&u.componentDidUpdate&&u.__h.push(function(){u.componentDidUpdate(_,A,g)})}else k&&!Q.getDerivedStateFromProps&&u.componentWillMount&&u.componentWillMount(),k&&u.componentDidMount&&u.__h.push(u.componentDidMount);u.context=T,u.props=C,u.__P=e,u.__g&=-5,Le=x.__r,it=k?25:0;do u.__g&=-9,Le&&Le(t),c=u.render(u.props,u.state=u.__s,u.context);while(8&u.__g&&++it<25);k&&(Ne.push.apply(u.__h,u.__k),u.__k=[]),u.state=u.__s,u.getChildContext&&(o=ne({},o,u.getChildContext())),k&&r.__c&&u.getSnapshotBeforeUpdate&&(g=u.getSnapshotBeforeUpdate(_,A)),ve=c&&c.type===F&&c.key==null?c.props.children:c,C.__P&&(c=l,s=(e=C.__P).namespaceURI,p=i=null,r.props&&r.props.__P!=e&&(r.__k.some(function(B){B&&Fe(B,B)}),r.__k=null),l=r.__k?z(r,0):null),l=gt(e,Oe(ve)?ve:[ve],t,r,o,s,i,d,l,p,f),C.__P&&(t.__e=null,l=c),t.__u&=-161,y&&y.some(te),u.__h.length&&d.push(u),1&u.__g&&(u.__g&=-4)}catch(B){if(d.length=D,t.__v=null,p||i)if(B&&B.then){if(t.__u|=128|p,i){for(~(j=i.indexOf(l||void 0))||(j=i.length);(ee=i[j-1])&&ee.nodeType==8;)j--;for(;j<i.length;j++)if(ee=i[j])if(i[j]=null,X){if(ee==at)break}else{if(ee.nodeType!=8)break;ee.data.startsWith("$s")&&(at=Ae(X=ee))}}if(!X){for(;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;X=l}(c=Ae(X=t.__c.__z||(t.__c.__z=X)))?(t.__e=X,l=c):t.__e=l,l=l&&l.nextSibling}else i&&i.some(te);else t.__e=r.__e;t.__k||(t.__k=r.__k||[]),B&&B.then||yt(t),x.__e(B,t,r)}}else l=t.__e=Zn(r.__e,t,r,o,s,i,d,p,f,e);return(c=x.diffed)&&c(t),l}function Ae(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var r=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))r++;else if(e.data.startsWith("/$s")&&!--r)return e}t&&t.push(e)}}function yt(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(yt))}function bt(e,t,r){for(var o=0;o<r.length;)Ve(r[o++],r[o++],r[o++]);x.__c&&x.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(i){i.call(s)})}catch(i){x.__e(i,s.__v)}})}function Zn(e,t,r,o,s,i,d,l,p,f){var c,y,D,u,_,A,g,C,k=r.props||qe,h=t.props,T=t.type;if(T=="svg"?s="http://www.w3.org/2000/svg":T=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),i){for(c=0;c<i.length;c++)if((_=i[c])&&(T?_.localName==T:_.nodeType==3)){e=_,i[c]=null;break}}if(!e){if(C=f.ownerDocument||document,!T)return C.createTextNode(h);e=C.createElementNS(s,T,h.is?h:f),l&&(x.__m&&x.__m(t,i),l=!1),i=null}if(T){if(f=T=="template"&&e.content||e,i=T=="textarea"&&h.defaultValue!=null?null:i&&pt.call(f.childNodes),!l&&i)for(k={},c=0;c<e.attributes.length;c++)k[(_=e.attributes[c]).name]=_.value;for(c in k)_=k[c],c=="dangerouslySetInnerHTML"?D=_:c=="children"||c in h||c=="value"&&"defaultValue"in h||c=="checked"&&"defaultChecked"in h||we(e,c,null,_,s);for(c in h)_=h[c],c=="children"?u=_:c=="dangerouslySetInnerHTML"?y=_:c=="value"?A=_:c=="checked"?g=_:l&&typeof _!="function"||k[c]===_||we(e,c,_,k[c],s);y?(l||D&&(y.__html==D.__html||y.__html==e.innerHTML)||(e.innerHTML=y.__html),t.__k=[]):(D&&(e.textContent=""),(T=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&jn.test(T))&&(s="http://www.w3.org/1999/xhtml"),gt(f,Oe(u)?u:[u],t,r,o,s,i,d,i?i[0]:r.__k&&z(r,0),l,p),i&&i.some(te)),l&&T!="textarea"||(c="value",T=="progress"&&A==null?e.removeAttribute(c):A==null||A===e[c]&&(T!="progress"||A)||we(e,c,A,k[c],s),c="checked",g!=null&&g!=e[c]&&we(e,c,g,k[c],s))}else k===h||l&&e.data==h||(e.data=h);return e}function Ve(e,t,r,o){try{typeof e=="function"?t?t.__x=e(t)||1:o&&(o=o.__c||o.__e)&&(t=o.__x)&&(o.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){x.__e(s,r)}}function Fe(e,t,r){var o,s,i,d;if(x.unmount&&x.unmount(e),!(o=e.ref)||o.current&&o.current!=e.__e||Ve(o,null,t,e),o=e.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(l){x.__e(l,t)}o.__P=o.__n=null}if(o=e.__k)for(d=0;d<o.length;d++)o[d]&&Fe(o[d],t,typeof e.type!="function"||r&&!e.props.__P);!r&&(o=e.__c)&&(o=o.__z)&&(s=Ae(o,i=[]))&&(o==e.__e&&i.some(te),te(s),te(o)),r||te(e.__e),e.__e=e.__c=e.__=null}function Yn(e,t,r){return this.constructor(e,r)}function Dt(e,t){var r,o,s,i;x.__&&x.__(e,t),t.nodeType==9&&(t=t.documentElement),o=(r=e&&32&e.__u)?null:t.__k,t.__k=Ie(F,{children:[e]}),s=[],i=[],Me(t,t.__k,o||qe,qe,t.namespaceURI,o?null:t.firstChild?pt.call(t.childNodes):null,s,o?o.__e:t.firstChild,r,i),bt(s,t.__k,i),t.__k.props.children=null}function _t(e){function t(r){var o,s;return this.getChildContext||(o=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.shouldComponentUpdate=function(i){this.props.value!=i.value&&o.forEach(function(d){d.__g|=4,Ue(d)})},this.sub=function(i){o.add(i);var d=i.componentWillUnmount;i.componentWillUnmount=function(){o.delete(i),d&&d.call(i)}}),r.children}return t.__c="__cC"+ct++,t.__=e,t.Provider=(t.Consumer=function(r,o){return r.children(o)}).contextType=t,t}x={__e:function(e,t,r,o){for(var s,i,d;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((d=(i=s.constructor)&&i.getDerivedStateFromError)&&s.setState(i.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,o||{}),d=1),d&&8&s.__g)return void(s.__g|=2)}catch(l){e=l}}throw Te=0,e}},lt=0,Qn=function(e){return e!=null&&e.constructor===pe},Ce.prototype.setState=function(e,t){var r=this.__s;r&&r!=this.state||(r=this.__s=ne({},this.state)),typeof e=="function"&&(e=e(ne({},r),this.props)),e&&(ne(r,e),this.__v&&(t&&this.__k.push(t),Ue(this)))},Ce.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Ue(this))},Ce.prototype.render=F,K=[],Te=0,dt=function(e,t){return e.__v.__b-t.__v.__b},xe=Symbol(),ut=/(PointerCapture)$|Capture$/i,Be=0,We={},ct=0;var re,N,He,kt,Qe=Object.is,fe=0,Nt=[],je=[],$=x,vt=$.__b,wt=$.__r,xt=$.diffed,It=$.__c,Ct=$.unmount,At=$.__;function ge(e,t){$.__h&&$.__h(N,e,fe||t),fe=0;var r=N.__H||(N.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function b(e){return fe=1,Xn(Lt,e)}function Xn(e,t,r){var o=ge(re++,2);if(o.t=e,!o.__c&&(o.__=[r?r(t):Lt(void 0,t),function(i){var d=(o.__N||o.__)[0],l=o.t(d,i);Qe(d,l)||(o.__N=[l,o.__[1]],o.__c.setState({}))}],o.__c=N,!N.__f)){N.__f=!0;var s=N.shouldComponentUpdate;N.shouldComponentUpdate=function(i,d,l){var p=this.__H;if(!p)return!0;var f=!1,c=this.props!=i;if(p.__.some(function(D){D.__N&&(f=!0,Qe(D.__[0],D.__N[0])||(c=!0))}),s){var y=s.call(this,i,d,l);return f?y||c:y}return!f||c}}return o.__}function O(e,t){var r=ge(re++,3);!$.__s&&Rt(r.__H,t)&&(r.__P=!0,r.__=e,r.u=t,N.__H.__h.push(r))}function he(e){return fe=5,$t(function(){return{current:e}},[])}function $t(e,t){var r=ge(re++,7);return Rt(r.__H,t)&&(r.__=e(),r.__H=t),r.__}function St(e,t){return fe=8,$t(function(){return e},t)}function Et(e){var t=N.context[e.__c],r=ge(re++,9);return r.c=e,t?(r.__==null&&(r.__=!0,t.sub(N)),t.props.value):e.__}function oe(){var e=ge(re++,11);if(!e.__){for(var t=N.__v;!t.__m&&t.__;)t=t.__;var r=t.__m||(t.__m=[0,0]);e.__="P"+r[0]+"-"+r[1]++}return e.__}function er(){var e;do{for(;e=je.shift();)try{me(e)}catch(r){$.__e(r,{__:(e=e.__P)&&e.__v})}for(;e=Nt.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(me),t.__h.some(Ke),t.__h=[]}catch(r){t.__h=[],$.__e(r,e.__v)}}}while(je.length)}$.__b=function(e){N=null,vt&&vt(e)},$.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),At&&At(e,t)},$.__r=function(e){wt&&wt(e),re=0;var t=(N=e.__c).__H;t&&(He==N?N.__h=[]:(t.__h.some(me),t.__h.some(Ke),re=0),t.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),He=N},$.diffed=function(e){xt&&xt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&qt(Nt.push(t)),t.__H.__.some(function(r){r.u&&(r.__H=r.u)})),He=N=null},$.__c=function(e,t){t.some(function(r){try{r.__h.some(me),r.__h=r.__h.filter(function(o){return!o.__||Ke(o)})}catch(o){r.__h=[function(){throw o}]}}),It&&It(e,t)},$.unmount=function(e){Ct&&Ct(e);var t,r,o=e.__c;o&&o.__H&&(o.__H.__.some(function(s){try{if(s.__P&&s.__c){if(r===void 0){for(r=e.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}s.__P=r,qt(je.push(s))}else me(s)}catch(i){t=i}}),o.__H=void 0,t&&$.__e(t,o.__v))};var Tt=typeof requestAnimationFrame=="function";function tr(e){var t,r=function(){clearTimeout(o),Tt&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(r,35);Tt&&(t=requestAnimationFrame(r))}function qt(e){e!=1&&kt==$.requestAnimationFrame||((kt=$.requestAnimationFrame)||tr)(er)}function me(e){var t=N,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),N=t}function Ke(e){var t=N;e.__c=e.__(),N=t}function Rt(e,t){return!e||e.length!=t.length||t.some(function(r,o){return!Qe(r,e[o])})}function Lt(e,t){return typeof t=="function"?t(e):t}var Pt="pppdesk.admin.lang",Ge=nr(),ze=new Set;function nr(){try{return localStorage.getItem(Pt)==="en"?"en":"ja"}catch{return"ja"}}function G(){return Ge}function Wt(e){Ge=e;try{localStorage.setItem(Pt,e)}catch{}document.documentElement.lang=e,ze.forEach(t=>t())}function Ut(e){return ze.add(e),()=>ze.delete(e)}function ie(e,t){return(r,o)=>{let s=(Ge==="en"?t[r]:e[r])??String(r);return o?s.replace(/\{(\w+)\}/g,(i,d)=>d in o?String(o[d]):i):s}}var m=ie({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var Je="pppdesk.admin.token";function $e(){try{return sessionStorage.getItem(Je)}catch{return null}}function ae(e){try{e?sessionStorage.setItem(Je,e):sessionStorage.removeItem(Je)}catch{}Ze.forEach(t=>t(e!==null))}var Ze=new Set;function Bt(e){return Ze.add(e),()=>Ze.delete(e)}var rr=new URL("../",location.href),or=new URL("graphql",rr),U=class extends Error{constructor(r,o,s){super(o);this.code=r;this.serverMessage=o;this.field=s}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:m("errBadInput"),CONFLICT:m("errConflict"),FORBIDDEN:m("errForbidden"),NOT_FOUND:m("errNotFound"),UNAUTHENTICATED:m("errUnauthenticated"),RATE_LIMITED:m("errRateLimited"),UNAVAILABLE:m("errUnavailable"),INTERNAL:m("errInternal"),NETWORK:m("errNetwork")}[this.code]];return this.field&&o.push(m("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(m("serverSays",{msg:this.serverMessage})),o.join(" ")}};function Ot(e){return e instanceof U?e.clerkMessage():m("errInternal")}var ir=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function ar(e){let t=e.extensions?.code??"INTERNAL";return new U(ir.has(t)?t:"INTERNAL",e.message,e.extensions?.field)}async function sr(e,t){let r=$e();r&&(t.Authorization=`Bearer ${r}`),t.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(or,{...e,headers:t,credentials:"omit",cache:"no-store"})}catch{throw new U("NETWORK","")}let s;try{s=await o.json()}catch{throw new U(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(s.errors&&s.errors.length>0){let i=ar(s.errors[0]);throw i.code==="UNAUTHENTICATED"&&r&&ae(null),i}if(!s.data)throw new U("INTERNAL",`HTTP ${o.status}`);return s.data}function S(e,t,r={}){let o={"Content-Type":"application/json"};return r.municipality&&(o["X-Municipality"]=r.municipality),sr({method:"POST",body:JSON.stringify({query:e.toString(),variables:t})},o)}var q=class extends String{__apiType;value;__meta__;constructor(t,r){super(t),this.value=t,this.__meta__=r}toString(){return this.value}},Mt=new q(`
    mutation Logout {
  logout
}
    `),Vt=new q(`
    query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        id
        displayName
        email
        role
        disabled
        createdAt
        department {
          id
          name
        }
        organization {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),Ft=new q(`
    query DeskAccountDepartments {
  municipality {
    id
    departments {
      id
      name
      parent {
        id
      }
    }
  }
}
    `),Ht=new q(`
    mutation DeskCreateStaff($input: StaffAccountInput!) {
  createStaffAccount(input: $input) {
    id
    displayName
  }
}
    `),Qt=new q(`
    mutation DeskDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    id
    disabled
  }
}
    `),jt=new q(`
    mutation DeskEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    id
    disabled
  }
}
    `),Kt=new q(`
    query DeskAuditLog($first: Int, $after: String) {
  auditLog(first: $first, after: $after) {
    edges {
      cursor
      node {
        actor {
          id
          displayName
        }
        action
        targetType
        targetId
        changes
        at
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),zt=new q(`
    query DeskDepartments {
  municipality {
    id
    departments {
      id
      name
      kind
      version
      parent {
        id
      }
    }
  }
}
    `),Gt=new q(`
    mutation DeskDepartmentCreate($input: DepartmentInput!) {
  createDepartment(input: $input) {
    id
    name
  }
}
    `),Jt=new q(`
    mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
  updateDepartment(id: $id, input: $input, version: $version) {
    id
    name
    version
  }
}
    `),Zt=new q(`
    mutation DeskDepartmentDelete($id: ID!) {
  deleteDepartment(id: $id)
}
    `),Yt=new q(`
    query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
  inquiries(first: $first, after: $after, status: $status) {
    edges {
      cursor
      node {
        id
        affiliation
        name
        subject
        status
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),Xt=new q(`
    query DeskInquiry($id: ID!) {
  node(id: $id) {
    ... on Inquiry {
      id
      affiliation
      name
      email
      phone
      subject
      body
      status
      createdAt
    }
  }
}
    `),en=new q(`
    mutation DeskInquiryClose($id: ID!) {
  closeInquiry(id: $id) {
    id
    status
  }
}
    `),tn=new q(`
    query DeskRights {
  permissions {
    resource
    action
  }
}
    `),nn=new q(`
    query DeskWebhookDeliveries($first: Int) {
  webhooks {
    id
    url
    events
    active
    createdAt
    deliveries(first: $first) {
      id
      event
      status
      attempts
      lastStatusCode
      lastError
      nextAttemptAt
      deliveredAt
      createdAt
    }
  }
}
    `),rn=new q(`
    query DeskWebhooks {
  webhooks {
    id
    url
    events
    active
    createdAt
  }
}
    `),on=new q(`
    mutation DeskWebhookRegister($input: WebhookInput!) {
  registerWebhook(input: $input) {
    id
    url
  }
}
    `),an=new q(`
    mutation DeskWebhookDelete($id: ID!) {
  deleteWebhook(id: $id)
}
    `),sn=new q(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),ln=new q(`
    query Viewer {
  me {
    id
    displayName
    role
    email
    department {
      id
      name
    }
  }
  municipality {
    name
    deskName
  }
}
    `);var dr={"\n  mutation Logout {\n    logout\n  }\n":Mt,"\n  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          disabled\n          createdAt\n          department {\n            id\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Vt,"\n  query DeskAccountDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Ft,"\n  mutation DeskCreateStaff($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      displayName\n    }\n  }\n":Ht,"\n  mutation DeskDisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":Qt,"\n  mutation DeskEnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":jt,"\n  query DeskAuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          actor {\n            id\n            displayName\n          }\n          action\n          targetType\n          targetId\n          changes\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Kt,"\n  query DeskDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        kind\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n":zt,"\n  mutation DeskDepartmentCreate($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n":Gt,"\n  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      id\n      name\n      version\n    }\n  }\n":Jt,"\n  mutation DeskDepartmentDelete($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n":Zt,"\n  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {\n    inquiries(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          affiliation\n          name\n          subject\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Yt,"\n  query DeskInquiry($id: ID!) {\n    node(id: $id) {\n      ... on Inquiry {\n        id\n        affiliation\n        name\n        email\n        phone\n        subject\n        body\n        status\n        createdAt\n      }\n    }\n  }\n":Xt,"\n  mutation DeskInquiryClose($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n":en,"\n  query DeskRights {\n    permissions {\n      resource\n      action\n    }\n  }\n":tn,"\n  query DeskWebhookDeliveries($first: Int) {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n      deliveries(first: $first) {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n":nn,"\n  query DeskWebhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n":rn,"\n  mutation DeskWebhookRegister($input: WebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      url\n    }\n  }\n":on,"\n  mutation DeskWebhookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":an,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":sn,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n  }\n":ln};function w(e){return dr[e]??{}}function R(e,t,r=!1){let o=JSON.stringify(t),[s,i]=b(void 0),[d,l]=b(void 0),[p,f]=b(!r),c=he(0),y=St(async()=>{if(r)return;let D=++c.current;f(!0);try{let u=await S(e,JSON.parse(o));D===c.current&&(i(u),l(void 0))}catch(u){D===c.current&&l(u instanceof U?u:new U("INTERNAL",String(u)))}finally{D===c.current&&f(!1)}},[e,o,r]);return O(()=>{y()},[y]),{data:s,error:d,loading:p,reload:y}}function L(e){let[t,r]=b(!1),[o,s]=b(void 0);return{run:async(...d)=>{r(!0),s(void 0);try{return await e(...d)}catch(l){s(l instanceof U?l:new U("INTERNAL",String(l)));return}finally{r(!1)}},busy:t,error:o,clear:()=>s(void 0)}}function dn(){let e=location.hash.replace(/^#/,"")||"/",t=e.indexOf("?");return t<0?{path:e,query:new URLSearchParams}:{path:e.slice(0,t),query:new URLSearchParams(e.slice(t+1))}}function un(){let[e,t]=b(dn);return O(()=>{let r=()=>t(dn());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),e}function E(e,t){let r=new URLSearchParams;for(let[s,i]of Object.entries(t??{}))i&&r.set(s,i);let o=r.toString();return`#${e}${o?`?${o}`:""}`}function se(e,t){location.hash=E(e,t)}function ur(e,t){let r=e.split("/").filter(Boolean),o=t.split("/").filter(Boolean);if(r.length!==o.length)return null;let s={};for(let i=0;i<r.length;i++){let d=r[i];if(d.startsWith(":"))s[d.slice(1)]=decodeURIComponent(o[i]);else if(d!==o[i])return null}return s}function cn(e,t){for(let r of e){let o=ur(r.path,t);if(o)return{route:r,params:o}}return null}var pn=w(`
  query Viewer {
    me {
      id
      displayName
      role
      email
      department {
        id
        name
      }
    }
    municipality {
      name
      deskName
    }
  }
`);function ye(e,t){return!t||!e.permissions?!0:e.permissions.some(r=>r.resource===t.resource&&r.action===t.action)}var Ye=_t(null);function Se(){let e=Et(Ye);if(!e)throw new Error("useViewer outside a signed-in app");return e}var cr=Symbol.for("pv"),pr=0;function n(e,t,r,o,s,i){t||(t={});var d,l,p=t;if("ref"in p&&typeof e!="function")for(l in p={},t)l=="ref"?d=t[l]:p[l]=t[l];var f={type:e,props:p,key:r,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:cr,__v:--pr,__i:-1,__u:0};return(s||i)&&(f.__source=s,f.__self=i),x.vnode&&x.vnode(f),f}function mn(){let e=Se(),t=be.filter(r=>r.nav&&r.path!=="/"&&ye(e,r.permission)).sort((r,o)=>r.nav.order-o.nav.order);return n("section",{children:[n("h1",{children:m("home")}),n("p",{children:[e.municipality.deskName," — ",e.me.displayName]}),n("ul",{class:"tiles",children:t.map(r=>n("li",{children:n("a",{class:"tile",href:E(r.path),children:r.nav.label()})},r.path))})]})}var Ee=ie({navInbox:"提案の受付",inboxTitle:"提案の受付（一覧）"},{navInbox:"Proposals",inboxTitle:"Proposal inbox"});function fn(){return n("h1",{children:Ee("inboxTitle")})}function gn({params:e}){return n("h1",{children:e.id})}var hn=[{path:"/proposals",component:fn,nav:{label:()=>Ee("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:gn,permission:{resource:"proposal",action:"read"}}];var yn=[];var a=ie({navInquiries:"お問い合わせ",navAccounts:"職員アカウント",navDepartments:"部署",navWebhooks:"Webhook（外部通知）",navAudit:"操作ログ",filters:"絞り込み",apply:"絞り込む",clearFilters:"条件をクリア",all:"すべて",actions:"操作",status:"状態",createdAt:"登録日時",done:"{what} を行いました。",loadingPerms:"権限を確認しています…",inquiriesTitle:"お問い合わせ",inquiriesCaption:"お問い合わせの一覧（新しい順）",inquiryStatus:"対応状況",inquiryOpen:"未対応",inquiryClosed:"対応済み",receivedAt:"受付日時",subject:"件名",sender:"差出人",affiliation:"所属",name:"氏名",email:"メールアドレス",phone:"電話番号",body:"内容",noAffiliation:"（所属なし）",inquiryTitle:"お問い合わせの詳細",backToInquiries:"お問い合わせの一覧へ戻る",closeInquiry:"対応済みにする",closeInquiryConfirm:"このお問い合わせを対応済みにしますか？",closeInquiryBody:"「{subject}」を対応済みにします。対応済みにしたお問い合わせは元に戻せません。",inquiryClosedNotice:"お問い合わせを対応済みにしました。",replyByMail:"メールで返信する",accountsTitle:"職員アカウント",accountsCaption:"アカウントの一覧",role:"役割",roleDESK:"公民連携デスク",roleDEPARTMENT:"事業担当課",rolePROPOSER:"提案者（事業者等）",roleADMIN:"システム運用者",search:"キーワード（氏名・メールアドレス）",displayName:"表示名（氏名）",belongsTo:"所属",accountActive:"有効",accountDisabled:"無効",disable:"無効にする",enable:"有効にする",disableConfirm:"{name} さんのアカウントを無効にしますか？",disableBody:"無効にすると、このアカウントではサインインできなくなります。あとで有効に戻せます。",enableConfirm:"{name} さんのアカウントを有効にしますか？",enableBody:"有効にすると、このアカウントで再びサインインできるようになります。",disabledNotice:"{name} さんのアカウントを無効にしました。",enabledNotice:"{name} さんのアカウントを有効にしました。",newStaff:"職員アカウントを作成",newStaffTitle:"職員アカウントの作成",staffRole:"役割",department:"所属部署",departmentNone:"（選択してください）",departmentHelp:"事業担当課の職員は所属部署が必須です。",initialPassword:"初期パスワード",initialPasswordHelp:"10文字以上。ご本人に安全な方法で伝え、サインイン後に変更してもらってください。",create:"作成する",createdStaffNotice:"{name} さんの職員アカウントを作成しました。",departmentsTitle:"部署",departmentTree:"部署の構成",kind:"階層",kindBUREAU:"局",kindDIVISION:"部",kindSECTION:"課",newDepartment:"部署の追加",deptName:"部署名",parent:"上位の部署",parentTop:"（最上位）",position:"並び順",positionHelp:"同じ上位部署の中で小さい数字ほど先に並びます（省略可）。",add:"追加する",addedDeptNotice:"部署「{name}」を追加しました。",editDepartment:"「{name}」の変更",selectToEdit:"変更する部署を一覧から選んでください。",edit:"変更",rename:"名称・階層を保存",savedDeptNotice:"部署「{name}」を保存しました。",move:"移動する",moveTo:"移動先（上位の部署）",moveHelp:"自分自身やその下位の部署の下には移動できません。最上位へは移動できません。",movedDeptNotice:"部署「{name}」を移動しました。",deleteDept:"削除する",deleteDeptConfirm:"部署「{name}」を削除しますか？",deleteDeptBody:"下位の部署・職員・コンテンツ・提案の担当がある部署は削除できません。",deletedDeptNotice:"部署「{name}」を削除しました。",deptInUse:"この部署は使われているため削除できません。下位の部署・職員・コンテンツ・提案の担当を先に移してください。",noDepartments:"部署はまだありません。",webhooksTitle:"Webhook（外部通知）",webhooksIntro:"コンテンツの公開などを、登録したURLへ自動で知らせます（オープンデータのサイトや庁内システム向け）。",webhooksCaption:"登録済みの送信先",url:"送信先URL",urlHelp:"http:// または https:// で始まるURL。",events:"通知する出来事",eventCONTENT_PUBLISHED:"公開（予約公開を含む）",eventCONTENT_UNPUBLISHED:"公開の取り消し",eventCONTENT_ARCHIVED:"アーカイブ",eventCONTENT_CHANGED:"内容の変更（版の復元など）",active:"有効",inactive:"停止中",register:"登録する",newWebhook:"送信先の登録",secretOnce:"署名用の秘密鍵です。この画面を閉じると二度と表示されません。送信先のシステムに設定してください（本文の HMAC-SHA256 が X-Pppdesk-Signature ヘッダーで届きます）。",secret:"秘密鍵",registeredNotice:"送信先 {url} を登録しました。",deleteWebhook:"削除する",deleteWebhookConfirm:"送信先 {url} を削除しますか？",deleteWebhookBody:"削除すると、この送信先への通知は止まります。",deletedWebhookNotice:"送信先 {url} を削除しました。",deliveries:"送信ログ",deliveryLog:"送信ログを見る",webhookTitle:"送信先の詳細",backToWebhooks:"Webhook の一覧へ戻る",deliveriesCaption:"送信ログ（新しい順、最大{n}件）",event:"出来事",attempts:"試行回数",lastStatusCode:"最後の応答",lastError:"最後のエラー",queuedAt:"受付日時",nextAttemptAt:"次の試行",deliveredAt:"送信成功",deliveryPENDING:"送信待ち",deliveryDELIVERED:"送信済み",deliveryFAILED:"失敗",noResponse:"応答なし",showMore:"さらに表示",webhookMissing:"この送信先は見つかりません（削除された可能性があります）。",chooseEvent:"少なくとも一つ選んでください。",auditTitle:"操作ログ",auditIntro:"だれが、いつ、何を変更したかの記録です（新しい順）。",auditCaption:"操作ログ",at:"日時",actor:"操作した人",action:"操作",target:"対象",changes:"変更内容",system:"（システム・一般の方）",auditNoFilters:"この一覧は新しい順に全件を表示します（絞り込みは現在の API では使えません）。",showChanges:"変更内容を表示"},{navInquiries:"Inquiries",navAccounts:"Staff accounts",navDepartments:"Departments",navWebhooks:"Webhooks",navAudit:"Audit log",filters:"Filters",apply:"Filter",clearFilters:"Clear filters",all:"All",actions:"Actions",status:"Status",createdAt:"Created",done:"Done: {what}.",loadingPerms:"Checking your rights…",inquiriesTitle:"Inquiries",inquiriesCaption:"Inquiries, newest first",inquiryStatus:"Status",inquiryOpen:"Open",inquiryClosed:"Closed",receivedAt:"Received",subject:"Subject",sender:"From",affiliation:"Affiliation",name:"Name",email:"Email",phone:"Phone",body:"Message",noAffiliation:"(no affiliation)",inquiryTitle:"Inquiry",backToInquiries:"Back to inquiries",closeInquiry:"Mark as handled",closeInquiryConfirm:"Mark this inquiry as handled?",closeInquiryBody:'"{subject}" will be closed. A closed inquiry cannot be reopened.',inquiryClosedNotice:"The inquiry is closed.",replyByMail:"Reply by email",accountsTitle:"Staff accounts",accountsCaption:"Accounts",role:"Role",roleDESK:"PPP desk",roleDEPARTMENT:"Department",rolePROPOSER:"Proposer",roleADMIN:"Platform operator",search:"Keyword (name, email)",displayName:"Display name",belongsTo:"Belongs to",accountActive:"Active",accountDisabled:"Disabled",disable:"Disable",enable:"Enable",disableConfirm:"Disable the account of {name}?",disableBody:"A disabled account cannot sign in. You can enable it again later.",enableConfirm:"Enable the account of {name}?",enableBody:"The account will be able to sign in again.",disabledNotice:"Disabled the account of {name}.",enabledNotice:"Enabled the account of {name}.",newStaff:"Create a staff account",newStaffTitle:"New staff account",staffRole:"Role",department:"Department",departmentNone:"(choose)",departmentHelp:"Required for department staff.",initialPassword:"Initial password",initialPasswordHelp:"At least 10 characters. Tell it to the person safely and have them change it.",create:"Create",createdStaffNotice:"Created the staff account of {name}.",departmentsTitle:"Departments",departmentTree:"Department tree",kind:"Level",kindBUREAU:"Bureau",kindDIVISION:"Division",kindSECTION:"Section",newDepartment:"Add a department",deptName:"Name",parent:"Parent department",parentTop:"(top level)",position:"Position",positionHelp:"Smaller numbers come first among siblings (optional).",add:"Add",addedDeptNotice:'Added "{name}".',editDepartment:'Change "{name}"',selectToEdit:"Choose a department in the tree to change it.",edit:"Change",rename:"Save name and level",savedDeptNotice:'Saved "{name}".',move:"Move",moveTo:"Move under",moveHelp:"Not under itself or its own sub-departments; moving to the top level is not possible.",movedDeptNotice:'Moved "{name}".',deleteDept:"Delete",deleteDeptConfirm:'Delete "{name}"?',deleteDeptBody:"A department with sub-departments, staff, content or proposal assignments cannot be deleted.",deletedDeptNotice:'Deleted "{name}".',deptInUse:"This department is in use and cannot be deleted. Move its sub-departments, staff, content and proposal assignments first.",noDepartments:"No departments yet.",webhooksTitle:"Webhooks",webhooksIntro:"Tell registered URLs automatically when content is published and so on (open-data sites, internal systems).",webhooksCaption:"Registered endpoints",url:"Endpoint URL",urlHelp:"A URL starting with http:// or https://.",events:"Events",eventCONTENT_PUBLISHED:"Published (or scheduled)",eventCONTENT_UNPUBLISHED:"Unpublished",eventCONTENT_ARCHIVED:"Archived",eventCONTENT_CHANGED:"Changed (e.g. a revision restored)",active:"Active",inactive:"Stopped",register:"Register",newWebhook:"Register an endpoint",secretOnce:"The signing secret. It is shown only now: set it in the receiving system (the body's HMAC-SHA256 arrives in the X-Pppdesk-Signature header).",secret:"Secret",registeredNotice:"Registered {url}.",deleteWebhook:"Delete",deleteWebhookConfirm:"Delete the endpoint {url}?",deleteWebhookBody:"Deliveries to this endpoint stop.",deletedWebhookNotice:"Deleted {url}.",deliveries:"Delivery log",deliveryLog:"Delivery log",webhookTitle:"Webhook endpoint",backToWebhooks:"Back to webhooks",deliveriesCaption:"Deliveries, newest first (up to {n})",event:"Event",attempts:"Attempts",lastStatusCode:"Last response",lastError:"Last error",queuedAt:"Queued",nextAttemptAt:"Next attempt",deliveredAt:"Delivered",deliveryPENDING:"Pending",deliveryDELIVERED:"Delivered",deliveryFAILED:"Failed",noResponse:"none",showMore:"Show more",webhookMissing:"This endpoint no longer exists.",chooseEvent:"Choose at least one.",auditTitle:"Audit log",auditIntro:"Who changed what, and when (newest first).",auditCaption:"Audit log",at:"When",actor:"Who",action:"Action",target:"Target",changes:"Changes",system:"(system or the public)",auditNoFilters:"This list shows every entry, newest first (the API offers no filters yet).",showChanges:"Show changes"});var Re="Asia/Tokyo",mr=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:Re}),fr=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),gr=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:Re}),bn=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:Re}),hr=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:Re});function Dn(e){return e.replace(/(\D)1年/,"$1元年")}function _n(e){if(!e)return"";let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!t)return e;let r=new Date(Date.UTC(Number(t[1]),Number(t[2])-1,Number(t[3])));return G()==="en"?e:`${Dn(fr.format(r))}（${e}）`}function P(e){if(!e)return"";let t=new Date(e);if(Number.isNaN(t.getTime()))return e;let r=gr.format(t);return G()==="en"?`${hr.format(t)} ${bn.format(t)}`:`${Dn(mr.format(t))}（${r}）${bn.format(t)}`}function M({tone:e="neutral",icon:t,children:r,testid:o}){return n("span",{class:`badge badge-${e}`,"data-testid":o,children:[t&&n("span",{"aria-hidden":"true",children:[t," "]}),r]})}function I({error:e,onRetry:t,retryLabel:r}){return e?n("div",{class:"banner banner-error",role:"alert",children:[n("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),n("span",{children:Ot(e)}),t&&n("button",{type:"button",class:"btn btn-small",onClick:t,children:r})]}):null}function J({children:e}){return e?n("div",{class:"banner banner-notice",role:"status",children:[n("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),n("span",{children:e})]}):null}function H({label:e}){return n("p",{class:"loading",role:"status","aria-live":"polite",children:e})}function v({variant:e="secondary",busy:t,disabled:r,children:o,type:s,...i}){return n("button",{...i,type:s??"button",class:`btn btn-${e}`,disabled:r||t,"aria-busy":t?"true":void 0,children:o})}function Z(e){let t=he(null),r=oe(),o=he(null);return O(()=>{let s=t.current;s&&(e.open&&!s.open?(o.current=document.activeElement,s.showModal()):!e.open&&s.open&&(s.close(),o.current instanceof HTMLElement&&o.current.focus()))},[e.open]),n("dialog",{ref:t,class:"dialog","aria-labelledby":r,onCancel:s=>{s.preventDefault(),e.onCancel()},children:[n("h2",{id:r,children:e.title}),n("div",{class:"dialog-body",children:e.children}),n("div",{class:"actions",children:[n(v,{variant:e.danger?"danger":"primary",busy:e.busy,onClick:e.onConfirm,"data-testid":"confirm-ok",children:e.confirmLabel??m("ok")}),n(v,{onClick:e.onCancel,children:m("cancel")})]})]})}function kn({id:e,label:t,required:r}){return n("label",{for:e,children:[t,r&&n("span",{class:"required",children:[" （",m("required"),"）"]})]})}function Xe(e,t,r){return[t?`${e}-help`:"",r?`${e}-err`:""].filter(Boolean).join(" ")||void 0}function et({id:e,help:t,error:r}){return n(F,{children:[t&&n("p",{class:"help",id:`${e}-help`,children:t}),r&&n("p",{class:"field-error",id:`${e}-err`,children:r})]})}function W(e){let t=oe();return n("div",{class:"field",children:[n(kn,{id:t,label:e.label,required:e.required}),n("input",{id:t,name:e.name,type:e.type??"text",value:e.value,required:e.required,autocomplete:e.autocomplete,maxLength:e.maxLength,"aria-invalid":e.error?"true":void 0,"aria-describedby":Xe(t,e.help,e.error),"data-testid":e.testid,onInput:r=>e.onInput(r.currentTarget.value)}),n(et,{id:t,help:e.help,error:e.error})]})}function V(e){let t=oe();return n("div",{class:"field",children:[n(kn,{id:t,label:e.label,required:e.required}),n("select",{id:t,name:e.name,value:e.value,required:e.required,"aria-invalid":e.error?"true":void 0,"aria-describedby":Xe(t,e.help,e.error),"data-testid":e.testid,onChange:r=>e.onChange(r.currentTarget.value),children:e.options.map(r=>n("option",{value:r.value,children:r.label},r.value))}),n(et,{id:t,help:e.help,error:e.error})]})}function vn(e){let t=oe();return n("div",{class:"field field-check",children:[n("input",{id:t,type:"checkbox",name:e.name,checked:e.checked,"aria-describedby":Xe(t,e.help,e.error),"data-testid":e.testid,onChange:r=>e.onChange(r.currentTarget.checked)}),n("label",{for:t,children:e.label}),n(et,{id:t,help:e.help,error:e.error})]})}function wn({legend:e,children:t,class:r}){return n("fieldset",{class:`fieldset ${r??""}`,children:[n("legend",{children:e}),t]})}function le(e){let[t,r]=b([]);O(()=>r([]),[e.resetKey]);let o=e.page?.edges??[],s=t.length*e.pageSize+1;return n("div",{class:"table-wrap",children:[n("table",{class:"table","data-testid":e.testid,children:[n("caption",{children:e.caption}),n("thead",{children:n("tr",{children:e.columns.map(i=>n("th",{scope:"col",class:i.class,children:i.header}))})}),n("tbody",{children:[o.length===0&&n("tr",{children:n("td",{colSpan:e.columns.length,children:m("empty")})}),o.map(i=>n("tr",{children:e.columns.map(d=>n("td",{class:d.class,children:d.cell(i.node)}))},e.rowKey(i.node)))]})]}),e.page&&n("nav",{class:"pager","aria-label":e.caption,children:[n("span",{role:"status",children:o.length>0?m("pageInfo",{from:s,to:s+o.length-1,n:e.page.totalCount}):m("totalCount",{n:e.page.totalCount})}),n(v,{disabled:t.length===0,onClick:()=>{let i=t.slice(0,-1);r(i),e.onAfter(t[t.length-1]??null)},children:["← ",m("prev")]}),n(v,{disabled:!e.page.pageInfo.hasNextPage,onClick:()=>{r([...t,e.after]),e.onAfter(e.page?.pageInfo.endCursor??null)},children:[m("next")," →"]})]})]})}var yr=w(`
  query DeskRights {
    permissions {
      resource
      action
    }
  }
`);function Y(){let e=Se(),t=R(yr,{},e.permissions!==null),r=e.permissions??t.data?.permissions??[];return(o,s)=>r.some(i=>i.resource===o&&i.action===s)}function de(e){let[t,r]=b({key:e,after:null});return[t.key===e?t.after:null,o=>r({key:e,after:o})]}function ue(e){let t=new Set(e.map(l=>l.id)),r=new Map,o=[];for(let l of e){let p=l.parent?.id;p&&t.has(p)&&p!==l.id?r.set(p,[...r.get(p)??[],l]):o.push(l)}let s=new Set,i=(l,p)=>{if(s.has(l.id))return null;s.add(l.id);let f=(r.get(l.id)??[]).map(c=>i(c,p+1)).filter(c=>c!==null);return{dept:l,depth:p,children:f}},d=o.map(l=>i(l,0)).filter(l=>l!==null);for(let l of e){let p=s.has(l.id)?null:i(l,0);p&&d.push(p)}return d}function ce(e){return e.flatMap(t=>[t,...ce(t.children)])}function De(e,t){return`${"　".repeat(t)}${t>0?"└ ":""}${e}`}function xn(e,t){let r=new Set([t]),o=!0;for(;o;){o=!1;for(let s of e){let i=s.parent?.id;i&&r.has(i)&&!r.has(s.id)&&(r.add(s.id),o=!0)}}return r}var br=w(`
  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          displayName
          email
          role
          disabled
          createdAt
          department {
            id
            name
          }
          organization {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Dr=w(`
  query DeskAccountDepartments {
    municipality {
      id
      departments {
        id
        name
        parent {
          id
        }
      }
    }
  }
`),_r=w(`
  mutation DeskCreateStaff($input: StaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      displayName
    }
  }
`),kr=w(`
  mutation DeskDisableAccount($id: ID!) {
    disableAccount(id: $id) {
      id
      disabled
    }
  }
`),vr=w(`
  mutation DeskEnableAccount($id: ID!) {
    enableAccount(id: $id) {
      id
      disabled
    }
  }
`),In=20,Cn=["DESK","DEPARTMENT","PROPOSER","ADMIN"];function tt(e){return a(`role${e}`)}function wr(e){return Cn.includes(e)?e:null}function An({query:e}){let t=wr(e.get("role")),r=e.get("q")??"",o=`${t}|${r}`,[s,i]=de(o),d=o,[l,p]=b(r),[f,c]=b(""),[y,D]=b(!1),[u,_]=b(null),A=Y(),g=R(br,{first:In,after:s,filter:{role:t,search:r||null}}),C=L(async h=>{h.disable?await S(kr,{id:h.id}):await S(vr,{id:h.id}),_(null),c(a(h.disable?"disabledNotice":"enabledNotice",{name:h.name})),await g.reload()}),k=(h,T)=>se("/desk/accounts",{role:h||void 0,q:T.trim()||void 0});return n("section",{children:[n("h1",{children:a("accountsTitle")}),n(J,{children:f}),A("account","createStaff")&&!y&&n("div",{class:"actions",children:n(v,{variant:"primary",onClick:()=>D(!0),"data-testid":"staff-new",children:a("newStaff")})}),y&&n(xr,{onDone:h=>{D(!1),c(a("createdStaffNotice",{name:h})),g.reload()},onCancel:()=>D(!1)}),n("form",{class:"desk-filters",role:"search","aria-label":a("filters"),onSubmit:h=>{h.preventDefault(),k(t??"",l)},children:[n(V,{label:a("role"),value:t??"",testid:"account-role",onChange:h=>k(h,l),options:[{value:"",label:a("all")},...Cn.map(h=>({value:h,label:tt(h)}))]}),n(W,{label:a("search"),type:"search",value:l,onInput:p,testid:"account-search"}),n("div",{class:"desk-filter-buttons",children:[n(v,{type:"submit",children:a("apply")}),(t||r)&&n(v,{variant:"link",onClick:()=>{p(""),k("","")},children:a("clearFilters")})]})]}),n(I,{error:g.error,onRetry:()=>{g.reload()},retryLabel:m("retry")}),n(le,{caption:a("accountsCaption"),testid:"accounts",page:g.data?.users,after:s,onAfter:i,resetKey:d,pageSize:In,rowKey:h=>h.id,columns:[{header:a("displayName"),cell:h=>h.displayName},{header:a("email"),cell:h=>h.email??"—"},{header:a("role"),cell:h=>tt(h.role)},{header:a("belongsTo"),cell:h=>h.department?.name??h.organization?.name??"—"},{header:a("status"),cell:h=>h.disabled?n(M,{tone:"danger",icon:"×",children:a("accountDisabled")}):n(M,{tone:"success",icon:"✓",children:a("accountActive")})},{header:a("createdAt"),cell:h=>n("span",{title:P(h.createdAt),children:_n(h.createdAt.slice(0,10))}),class:"desk-nowrap"},{header:a("actions"),cell:h=>A("account","disable")?n(v,{variant:h.disabled?"secondary":"danger","aria-label":`${a(h.disabled?"enable":"disable")}: ${h.displayName}`,"data-testid":`account-toggle-${h.id}`,onClick:()=>_({id:h.id,name:h.displayName,disable:!h.disabled}),children:a(h.disabled?"enable":"disable")}):null}]}),n(Z,{open:u!==null,title:u?a(u.disable?"disableConfirm":"enableConfirm",{name:u.name}):"",confirmLabel:u?a(u.disable?"disable":"enable"):void 0,danger:u?.disable,busy:C.busy,onConfirm:()=>u&&void C.run(u),onCancel:()=>{C.clear(),_(null)},children:[n("p",{children:u?a(u.disable?"disableBody":"enableBody"):""}),n(I,{error:C.error})]})]})}function xr({onDone:e,onCancel:t}){let r=R(Dr,{}),[o,s]=b(""),[i,d]=b(""),[l,p]=b("DEPARTMENT"),[f,c]=b(""),[y,D]=b(""),u=L(async()=>{let g=await S(_r,{input:{email:o,displayName:i,role:l,departmentId:f||null,password:y}});e(g.createStaffAccount.displayName)}),_=g=>u.error?.field===`input.${g}`?u.error.clerkMessage():void 0,A=ce(ue(r.data?.municipality.departments??[]));return n("form",{class:"desk-panel","aria-labelledby":"staff-form-title",onSubmit:g=>{g.preventDefault(),u.run()},children:[n("h2",{id:"staff-form-title",children:a("newStaffTitle")}),n(I,{error:r.error}),n(V,{label:a("staffRole"),required:!0,value:l,testid:"staff-role",onChange:g=>p(g),options:["DEPARTMENT","DESK"].map(g=>({value:g,label:tt(g)}))}),n(V,{label:a("department"),required:l==="DEPARTMENT",help:a("departmentHelp"),error:_("departmentId"),value:f,testid:"staff-department",onChange:c,options:[{value:"",label:a("departmentNone")},...A.map(g=>({value:g.dept.id,label:De(g.dept.name,g.depth)}))]}),n(W,{label:a("displayName"),required:!0,value:i,onInput:d,error:_("displayName"),testid:"staff-name",autocomplete:"off"}),n(W,{label:a("email"),type:"email",required:!0,value:o,onInput:s,error:_("email"),testid:"staff-email",autocomplete:"off"}),n(W,{label:a("initialPassword"),type:"password",required:!0,value:y,onInput:D,help:a("initialPasswordHelp"),error:_("password"),testid:"staff-password",autocomplete:"new-password"}),n(I,{error:u.error}),n("div",{class:"actions",children:[n(v,{type:"submit",variant:"primary",busy:u.busy,"data-testid":"staff-create",children:a("create")}),n(v,{onClick:t,children:m("cancel")})]})]})}var Ir=w(`
  query DeskAuditLog($first: Int, $after: String) {
    auditLog(first: $first, after: $after) {
      edges {
        cursor
        node {
          actor {
            id
            displayName
          }
          action
          targetType
          targetId
          changes
          at
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Tn=50;function Cr(e){let t=encodeURIComponent(e.targetId);switch(e.targetType.toLowerCase()){case"inquiry":return E(`/desk/inquiries/${t}`,{status:"ALL"});case"proposal":return E(`/proposals/${t}`);case"department":return E("/desk/departments",{id:e.targetId});case"webhook":return E(`/desk/webhooks/${t}`);default:return null}}function Ar(e){if(!e||e==="{}"||e==="null")return"—";try{let t=JSON.parse(e);if(t&&typeof t=="object"&&"fields"in t&&Array.isArray(t.fields))return t.fields.map(String).join("、")||"—"}catch{}return e}function qn(){let[e,t]=de("audit"),r=R(Ir,{first:Tn,after:e});return n("section",{children:[n("h1",{children:a("auditTitle")}),n("p",{children:a("auditIntro")}),n("p",{class:"help",children:a("auditNoFilters")}),n(I,{error:r.error,onRetry:()=>{r.reload()},retryLabel:m("retry")}),n(le,{caption:a("auditCaption"),testid:"audit",page:r.data?.auditLog,after:e,onAfter:t,resetKey:"audit",pageSize:Tn,rowKey:o=>`${o.at}|${o.action}|${o.targetType}|${o.targetId}|${o.actor?.id??""}`,columns:[{header:a("at"),cell:o=>P(o.at),class:"desk-nowrap"},{header:a("actor"),cell:o=>o.actor?.displayName??a("system")},{header:a("action"),cell:o=>n("code",{children:o.action})},{header:a("target"),cell:o=>{let s=Cr(o),i=`${o.targetType} ${o.targetId}`;return s?n("a",{href:s,children:i}):i},class:"desk-break"},{header:a("changes"),cell:o=>Ar(o.changes),class:"desk-break"}]})]})}var Tr=w(`
  query DeskDepartments {
    municipality {
      id
      departments {
        id
        name
        kind
        version
        parent {
          id
        }
      }
    }
  }
`),qr=w(`
  mutation DeskDepartmentCreate($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
    }
  }
`),Nn=w(`
  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
    updateDepartment(id: $id, input: $input, version: $version) {
      id
      name
      version
    }
  }
`),Nr=w(`
  mutation DeskDepartmentDelete($id: ID!) {
    deleteDepartment(id: $id)
  }
`),$r=["BUREAU","DIVISION","SECTION"],$n=()=>$r.map(e=>({value:e,label:a(`kind${e}`)}));function _e(e,t){return e?.field===`input.${t}`?e.clerkMessage():void 0}function Sn({query:e}){let t=R(Tr,{}),r=Y(),[o,s]=b(""),i=e.get("id")??"",d=t.data?.municipality.departments??[],l=ue(d),p=d.find(y=>y.id===i),f=r("department","write"),c=async(y,D)=>{s(y),await t.reload(),D!==void 0&&se("/desk/departments",{id:D??void 0})};return n("section",{children:[n("h1",{children:a("departmentsTitle")}),n(J,{children:o}),n(I,{error:t.error,onRetry:()=>{t.reload()},retryLabel:m("retry")}),!t.data&&!t.error&&n(H,{label:m("loading")}),t.data&&n("div",{class:"desk-columns",children:[n("div",{class:"desk-tree","data-testid":"department-tree",children:[n("h2",{id:"dept-tree-title",children:a("departmentTree")}),l.length===0?n("p",{children:a("noDepartments")}):n(En,{rows:l,selected:i})]}),f&&n("div",{class:"desk-side",children:[p?n(Sr,{dept:p,all:d,onDone:c},`${p.id}@${p.version}`):n("p",{class:"help",children:a("selectToEdit")}),n(Er,{all:d,defaultParent:p?.id??"",onDone:c},`add-${p?.id??""}`)]})]})]})}function En({rows:e,selected:t}){return n("ul",{children:e.map(r=>n("li",{children:[n("a",{href:E("/desk/departments",{id:r.dept.id}),"aria-current":r.dept.id===t?"true":void 0,"data-testid":`dept-${r.dept.id}`,children:r.dept.name})," ",n("span",{class:"desk-kind",children:["（",a(`kind${r.dept.kind}`),"）"]}),r.children.length>0&&n(En,{rows:r.children,selected:t})]},r.dept.id))})}function Sr({dept:e,all:t,onDone:r}){let[o,s]=b(e.name),[i,d]=b(e.kind),[l,p]=b(e.parent?.id??""),[f,c]=b(!1),y=L(async()=>{let g=await S(Nn,{id:e.id,input:{name:o,kind:i},version:e.version});await r(a("savedDeptNotice",{name:g.updateDepartment.name}))}),D=L(async()=>{await S(Nn,{id:e.id,input:{parentId:l},version:e.version}),await r(a("movedDeptNotice",{name:e.name}))}),u=L(async()=>{await S(Nr,{id:e.id}),c(!1),await r(a("deletedDeptNotice",{name:e.name}),null)}),_=xn(t,e.id),A=ce(ue(t)).filter(g=>!_.has(g.dept.id));return n("div",{class:"desk-panel","data-testid":"department-edit",children:[n("h2",{children:a("editDepartment",{name:e.name})}),n("form",{"aria-label":a("rename"),onSubmit:g=>{g.preventDefault(),y.run()},children:[n(W,{label:a("deptName"),required:!0,value:o,onInput:s,error:_e(y.error,"name"),testid:"dept-edit-name"}),n(V,{label:a("kind"),value:i,onChange:g=>d(g),options:$n(),testid:"dept-edit-kind"}),n(I,{error:y.error}),n("div",{class:"actions",children:n(v,{type:"submit",variant:"primary",busy:y.busy,"data-testid":"dept-rename",children:a("rename")})})]}),n("form",{"aria-label":a("move"),onSubmit:g=>{g.preventDefault(),D.run()},children:[n(V,{label:a("moveTo"),help:a("moveHelp"),value:l,onChange:p,error:_e(D.error,"parentId"),testid:"dept-move-parent",options:[...e.parent?[]:[{value:"",label:a("parentTop")}],...A.map(g=>({value:g.dept.id,label:De(g.dept.name,g.depth)}))]}),n(I,{error:D.error}),n("div",{class:"actions",children:n(v,{type:"submit",busy:D.busy,disabled:!l||l===(e.parent?.id??""),"data-testid":"dept-move",children:a("move")})})]}),n("div",{class:"actions",children:n(v,{variant:"danger",onClick:()=>c(!0),"data-testid":"dept-delete",children:a("deleteDept")})}),n(Z,{open:f,title:a("deleteDeptConfirm",{name:e.name}),confirmLabel:a("deleteDept"),danger:!0,busy:u.busy,onConfirm:()=>{u.run()},onCancel:()=>{u.clear(),c(!1)},children:[n("p",{children:a("deleteDeptBody")}),u.error?.code==="CONFLICT"&&n("p",{class:"field-error",role:"alert","data-testid":"dept-in-use",children:[a("deptInUse"),n("br",{}),m("serverSays",{msg:u.error.serverMessage})]}),u.error&&u.error.code!=="CONFLICT"&&n(I,{error:u.error})]})]})}function Er({all:e,defaultParent:t,onDone:r}){let[o,s]=b(""),[i,d]=b("SECTION"),[l,p]=b(t),[f,c]=b(""),y=L(async()=>{let u=f.trim()===""?null:Number(f),_=await S(qr,{input:{name:o,kind:i,parentId:l||null,position:u}});s(""),c(""),await r(a("addedDeptNotice",{name:_.createDepartment.name}),_.createDepartment.id)}),D=ce(ue(e));return n("form",{class:"desk-panel","aria-labelledby":"dept-add-title","data-testid":"department-add",onSubmit:u=>{u.preventDefault(),y.run()},children:[n("h2",{id:"dept-add-title",children:a("newDepartment")}),n(W,{label:a("deptName"),required:!0,value:o,onInput:s,error:_e(y.error,"name"),testid:"dept-add-name"}),n(V,{label:a("kind"),value:i,onChange:u=>d(u),options:$n(),testid:"dept-add-kind"}),n(V,{label:a("parent"),value:l,onChange:p,error:_e(y.error,"parentId"),testid:"dept-add-parent",options:[{value:"",label:a("parentTop")},...D.map(u=>({value:u.dept.id,label:De(u.dept.name,u.depth)}))]}),n(W,{label:a("position"),type:"number",value:f,onInput:c,help:a("positionHelp"),error:_e(y.error,"position"),testid:"dept-add-position"}),n(I,{error:y.error}),n("div",{class:"actions",children:n(v,{type:"submit",variant:"primary",busy:y.busy,"data-testid":"dept-add",children:a("add")})})]})}var Rr=w(`
  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
    inquiries(first: $first, after: $after, status: $status) {
      edges {
        cursor
        node {
          id
          affiliation
          name
          subject
          status
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Rn=20;function nt({status:e}){return e==="OPEN"?n(M,{tone:"warning",icon:"●",children:a("inquiryOpen")}):n(M,{tone:"success",icon:"✓",children:a("inquiryClosed")})}function Lr(e){let t=e.get("status");return t==="ALL"?null:t==="CLOSED"?"CLOSED":"OPEN"}function Ln({query:e}){let t=Lr(e),r=String(t),[o,s]=de(r),i=R(Rr,{first:Rn,after:o,status:t});return n("section",{children:[n("h1",{children:a("inquiriesTitle")}),n("form",{class:"desk-filters",role:"search","aria-label":a("filters"),onSubmit:d=>d.preventDefault(),children:n(V,{label:a("inquiryStatus"),value:t??"ALL",testid:"inquiry-status",onChange:d=>se("/desk/inquiries",{status:d==="OPEN"?void 0:d}),options:[{value:"OPEN",label:a("inquiryOpen")},{value:"CLOSED",label:a("inquiryClosed")},{value:"ALL",label:a("all")}]})}),n(I,{error:i.error,onRetry:()=>{i.reload()},retryLabel:m("retry")}),n(le,{caption:a("inquiriesCaption"),testid:"inquiries",page:i.data?.inquiries,after:o,onAfter:s,resetKey:r,pageSize:Rn,rowKey:d=>d.id,columns:[{header:a("receivedAt"),cell:d=>P(d.createdAt),class:"desk-nowrap"},{header:a("subject"),cell:d=>n("a",{href:E(`/desk/inquiries/${encodeURIComponent(d.id)}`,{status:e.get("status")??void 0}),children:d.subject})},{header:a("sender"),cell:d=>`${d.name}${d.affiliation?`（${d.affiliation}）`:""}`},{header:a("inquiryStatus"),cell:d=>n(nt,{status:d.status})}]})]})}var Pr=w(`
  query DeskInquiry($id: ID!) {
    node(id: $id) {
      ... on Inquiry {
        id
        affiliation
        name
        email
        phone
        subject
        body
        status
        createdAt
      }
    }
  }
`),Wr=w(`
  mutation DeskInquiryClose($id: ID!) {
    closeInquiry(id: $id) {
      id
      status
    }
  }
`);function Pn({params:e,query:t}){let r=R(Pr,{id:e.id}),o=Y(),[s,i]=b(!1),[d,l]=b(""),p=L(async()=>{await S(Wr,{id:e.id}),i(!1),l(a("inquiryClosedNotice")),await r.reload()}),f=n("p",{children:n("a",{href:E("/desk/inquiries",{status:t.get("status")??void 0}),children:["← ",a("backToInquiries")]})});if(r.error)return n("section",{children:[n("h1",{children:a("inquiryTitle")}),n(I,{error:r.error,onRetry:()=>{r.reload()},retryLabel:m("retry")}),f]});let c=r.data?.node;return r.data?!c||!("subject"in c)?n("section",{children:[n("h1",{children:a("inquiryTitle")}),n(I,{error:new U("NOT_FOUND","")}),f]}):n("section",{children:[f,n("h1",{children:[a("inquiryTitle"),": ",c.subject]}),n(J,{children:d}),n("dl",{class:"desk-dl","data-testid":"inquiry-detail",children:[n("dt",{children:a("inquiryStatus")}),n("dd",{children:n(nt,{status:c.status})}),n("dt",{children:a("receivedAt")}),n("dd",{children:P(c.createdAt)}),n("dt",{children:a("name")}),n("dd",{children:c.name}),n("dt",{children:a("affiliation")}),n("dd",{children:c.affiliation||a("noAffiliation")}),n("dt",{children:a("email")}),n("dd",{children:n("a",{href:`mailto:${c.email}?subject=${encodeURIComponent(`Re: ${c.subject}`)}`,"aria-label":`${a("replyByMail")}: ${c.email}`,children:c.email})}),n("dt",{children:a("phone")}),n("dd",{children:c.phone||"—"}),n("dt",{children:a("subject")}),n("dd",{children:c.subject})]}),n("h2",{children:a("body")}),n("div",{class:"desk-body","data-testid":"inquiry-body",children:c.body}),c.status==="OPEN"&&o("inquiry","close")&&n("div",{class:"actions",children:n(v,{variant:"primary",onClick:()=>i(!0),"data-testid":"inquiry-close",children:a("closeInquiry")})}),n(Z,{open:s,title:a("closeInquiryConfirm"),confirmLabel:a("closeInquiry"),busy:p.busy,onConfirm:()=>{p.run()},onCancel:()=>{p.clear(),i(!1)},children:[n("p",{children:a("closeInquiryBody",{subject:c.subject})}),n(I,{error:p.error})]})]}):n(H,{label:m("loading")})}var Ur=w(`
  query DeskWebhooks {
    webhooks {
      id
      url
      events
      active
      createdAt
    }
  }
`),Br=w(`
  mutation DeskWebhookRegister($input: WebhookInput!) {
    registerWebhook(input: $input) {
      id
      url
    }
  }
`),Or=w(`
  mutation DeskWebhookDelete($id: ID!) {
    deleteWebhook(id: $id)
  }
`),Wn=["CONTENT_PUBLISHED","CONTENT_UNPUBLISHED","CONTENT_ARCHIVED","CONTENT_CHANGED"];function ke(e){return a(`event${e}`)}function rt({active:e}){return e?n(M,{tone:"success",icon:"✓",children:a("active")}):n(M,{tone:"neutral",icon:"■",children:a("inactive")})}function Mr(){let e=new Uint8Array(32);return crypto.getRandomValues(e),Array.from(e,t=>t.toString(16).padStart(2,"0")).join("")}function Un(){let e=R(Ur,{}),t=Y(),[r,o]=b(""),[s,i]=b(null),[d,l]=b(null),p=L(async c=>{await S(Or,{id:c.id}),l(null),i(null),o(a("deletedWebhookNotice",{url:c.url})),await e.reload()}),f=t("webhook","manage");return n("section",{children:[n("h1",{children:a("webhooksTitle")}),n("p",{children:a("webhooksIntro")}),n(J,{children:r}),s&&n("div",{class:"desk-panel desk-secret",role:"status","data-testid":"webhook-secret",children:[n("p",{children:a("secretOnce")}),n("p",{children:[n("span",{class:"desk-label",children:[a("secret"),": "]}),n("code",{children:s.secret})]}),n(v,{onClick:()=>i(null),children:m("close")})]}),n(I,{error:e.error,onRetry:()=>{e.reload()},retryLabel:m("retry")}),!e.data&&!e.error&&n(H,{label:m("loading")}),e.data&&n("div",{class:"table-wrap",children:n("table",{class:"table","data-testid":"webhooks",children:[n("caption",{children:a("webhooksCaption")}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:a("url")}),n("th",{scope:"col",children:a("events")}),n("th",{scope:"col",children:a("status")}),n("th",{scope:"col",children:a("createdAt")}),n("th",{scope:"col",children:a("actions")})]})}),n("tbody",{children:[e.data.webhooks.length===0&&n("tr",{children:n("td",{colSpan:5,children:m("empty")})}),e.data.webhooks.map(c=>n("tr",{children:[n("td",{class:"desk-break",children:c.url}),n("td",{children:c.events.map(ke).join("、")}),n("td",{children:n(rt,{active:c.active})}),n("td",{class:"desk-nowrap",children:P(c.createdAt)}),n("td",{children:n("div",{class:"desk-row-actions",children:[n("a",{class:"btn btn-small",href:E(`/desk/webhooks/${encodeURIComponent(c.id)}`),"aria-label":`${a("deliveryLog")}: ${c.url}`,children:a("deliveryLog")}),f&&n(v,{variant:"danger","aria-label":`${a("deleteWebhook")}: ${c.url}`,"data-testid":`webhook-delete-${c.id}`,onClick:()=>l({id:c.id,url:c.url}),children:a("deleteWebhook")})]})})]},c.id))]})]})}),f&&n(Vr,{onDone:(c,y)=>{i({url:c,secret:y}),o(a("registeredNotice",{url:c})),e.reload()}}),n(Z,{open:d!==null,title:d?a("deleteWebhookConfirm",{url:d.url}):"",confirmLabel:a("deleteWebhook"),danger:!0,busy:p.busy,onConfirm:()=>d&&void p.run(d),onCancel:()=>{p.clear(),l(null)},children:[n("p",{children:a("deleteWebhookBody")}),n(I,{error:p.error})]})]})}function Vr({onDone:e}){let[t,r]=b(""),[o,s]=b(["CONTENT_PUBLISHED"]),[i,d]=b(!1),l=L(async()=>{let f=Mr(),c=await S(Br,{input:{url:t.trim(),events:o,secret:f}});r(""),e(c.registerWebhook.url,f)}),p=f=>l.error?.field===`input.${f}`?l.error.clerkMessage():void 0;return n("form",{class:"desk-panel","aria-labelledby":"webhook-form-title","data-testid":"webhook-form",onSubmit:f=>{if(f.preventDefault(),o.length===0){d(!0);return}d(!1),l.run()},children:[n("h2",{id:"webhook-form-title",children:a("newWebhook")}),n(W,{label:a("url"),type:"url",required:!0,value:t,onInput:r,help:a("urlHelp"),error:p("url"),testid:"webhook-url",autocomplete:"off"}),n(wn,{legend:a("events"),children:[Wn.map(f=>n(vn,{label:ke(f),checked:o.includes(f),testid:`webhook-event-${f}`,onChange:c=>s(c?Wn.filter(y=>y===f||o.includes(y)):o.filter(y=>y!==f))},f)),(i||p("events"))&&n("p",{class:"field-error",role:"alert",children:p("events")??a("chooseEvent")})]}),n(I,{error:l.error}),n("div",{class:"actions",children:n(v,{type:"submit",variant:"primary",busy:l.busy,"data-testid":"webhook-register",children:a("register")})})]})}var Fr=w(`
  query DeskWebhookDeliveries($first: Int) {
    webhooks {
      id
      url
      events
      active
      createdAt
      deliveries(first: $first) {
        id
        event
        status
        attempts
        lastStatusCode
        lastError
        nextAttemptAt
        deliveredAt
        createdAt
      }
    }
  }
`),Bn=20,On=100;function Hr({status:e}){let t={PENDING:["warning","…",a("deliveryPENDING")],DELIVERED:["success","✓",a("deliveryDELIVERED")],FAILED:["danger","×",a("deliveryFAILED")]},[r,o,s]=t[e]??["neutral","?",e];return n(M,{tone:r,icon:o,children:s})}function Mn({params:e}){let[t,r]=b(Bn),o=R(Fr,{first:t}),s=n("p",{children:n("a",{href:E("/desk/webhooks"),children:["← ",a("backToWebhooks")]})});if(o.error)return n("section",{children:[s,n("h1",{children:a("webhookTitle")}),n(I,{error:o.error,onRetry:()=>{o.reload()},retryLabel:m("retry")})]});if(!o.data)return n(H,{label:m("loading")});let i=o.data.webhooks.find(l=>l.id===e.id);if(!i)return n("section",{children:[s,n("h1",{children:a("webhookTitle")}),n("p",{role:"alert",children:a("webhookMissing")})]});let d=i.deliveries;return n("section",{children:[s,n("h1",{children:[a("webhookTitle"),": ",n("span",{class:"desk-break",children:i.url})]}),n("dl",{class:"desk-dl",children:[n("dt",{children:a("events")}),n("dd",{children:i.events.map(ke).join("、")}),n("dt",{children:a("status")}),n("dd",{children:n(rt,{active:i.active})}),n("dt",{children:a("createdAt")}),n("dd",{children:P(i.createdAt)})]}),n("h2",{children:a("deliveries")}),n("div",{class:"table-wrap",children:n("table",{class:"table","data-testid":"deliveries",children:[n("caption",{children:a("deliveriesCaption",{n:t})}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:a("queuedAt")}),n("th",{scope:"col",children:a("event")}),n("th",{scope:"col",children:a("status")}),n("th",{scope:"col",children:a("attempts")}),n("th",{scope:"col",children:a("lastStatusCode")}),n("th",{scope:"col",children:a("lastError")}),n("th",{scope:"col",children:a("nextAttemptAt")}),n("th",{scope:"col",children:a("deliveredAt")})]})}),n("tbody",{children:[d.length===0&&n("tr",{children:n("td",{colSpan:8,children:m("empty")})}),d.map(l=>n("tr",{children:[n("td",{class:"desk-nowrap",children:P(l.createdAt)}),n("td",{children:ke(l.event)}),n("td",{children:n(Hr,{status:l.status})}),n("td",{children:l.attempts}),n("td",{children:l.lastStatusCode===0?a("noResponse"):l.lastStatusCode}),n("td",{class:"desk-break",children:l.lastError||"—"}),n("td",{class:"desk-nowrap",children:l.status==="PENDING"?P(l.nextAttemptAt):"—"}),n("td",{class:"desk-nowrap",children:l.deliveredAt?P(l.deliveredAt):"—"})]},l.id))]})]})}),d.length>=t&&t<On&&n("div",{class:"actions",children:n(v,{onClick:()=>r(Math.min(t+Bn,On)),busy:o.loading,"data-testid":"deliveries-more",children:a("showMore")})})]})}var Vn=[{path:"/desk/inquiries/:id",component:Pn,permission:{resource:"inquiry",action:"read"}},{path:"/desk/inquiries",component:Ln,nav:{label:()=>a("navInquiries"),order:300},permission:{resource:"inquiry",action:"read"}},{path:"/desk/accounts",component:An,nav:{label:()=>a("navAccounts"),order:310},permission:{resource:"account",action:"createStaff"}},{path:"/desk/departments",component:Sn,nav:{label:()=>a("navDepartments"),order:320},permission:{resource:"department",action:"write"}},{path:"/desk/webhooks/:id",component:Mn,permission:{resource:"webhook",action:"manage"}},{path:"/desk/webhooks",component:Un,nav:{label:()=>a("navWebhooks"),order:330},permission:{resource:"webhook",action:"manage"}},{path:"/desk/audit",component:qn,nav:{label:()=>a("navAudit"),order:340},permission:{resource:"audit",action:"read"}}];var be=[{path:"/",component:mn,nav:{label:()=>m("home"),order:0}},...hn,...yn,...Vn];function Fn(e){let t=e.viewer.me;return n(F,{children:[n("a",{class:"skip",href:"#main",onClick:r=>{r.preventDefault(),document.getElementById("main")?.focus()},children:m("skipToMain")}),n("header",{class:"header",children:[n("div",{class:"brand",children:[n("span",{class:"brand-muni",children:e.viewer.municipality.name})," ",m("appName")]}),n("div",{class:"header-tools",children:[n("span",{class:"who","data-testid":"who",children:m("signedInAs",{name:t.displayName,dept:t.department?.name??t.role})}),n(ot,{}),n(v,{onClick:e.onSignOut,busy:e.signingOut,"data-testid":"sign-out",children:m("signOut")})]})]}),n("div",{class:"frame",children:[n("nav",{class:"nav","aria-label":m("mainNav"),children:n("ul",{children:e.nav.map(r=>{let o=e.current===r.path||r.path!=="/"&&e.current.startsWith(`${r.path}/`);return n("li",{children:n("a",{href:E(r.path),"aria-current":o?"page":void 0,children:r.label})},r.path)})})}),n("main",{id:"main",class:"main",tabIndex:-1,children:e.children})]})]})}function ot(){let e=G()==="ja"?"en":"ja";return n("button",{type:"button",class:"btn btn-link",lang:e,"aria-label":`${m("language")}: ${m("switchLang")}`,onClick:()=>Wt(e),"data-testid":"lang-toggle",children:m("switchLang")})}var Qr=w(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function Hn({notice:e}){let[t,r]=b(""),[o,s]=b(""),[i,d]=b(""),l=L(async()=>{let p=await S(Qr,{email:t,password:o},{municipality:i.trim()||void 0});ae(p.login.token)});return n("div",{class:"login",children:[n("div",{class:"login-lang",children:n(ot,{})}),n("main",{id:"main",class:"login-box",children:[n("h1",{children:m("appName")}),n("h2",{children:m("signInTitle")}),e&&n("p",{class:"banner banner-notice",role:"status",children:e}),l.error&&n(I,{error:l.error}),n("form",{onSubmit:p=>{p.preventDefault(),l.run()},children:[n(W,{label:m("email"),type:"email",autocomplete:"username",required:!0,value:t,onInput:r,testid:"login-email"}),n(W,{label:m("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:s,testid:"login-password"}),n(W,{label:m("municipality"),help:m("municipalityHelp"),value:i,onInput:d,autocomplete:"off",testid:"login-municipality"}),n(v,{type:"submit",variant:"primary",busy:l.busy,"data-testid":"login-submit",children:l.busy?m("signingIn"):m("signIn")})]})]})]})}var jr=w(`
  mutation Logout {
    logout
  }
`);async function Kr(){try{await S(jr,{})}finally{ae(null)}}function zr(){let[,e]=b(0),[t,r]=b($e()!==null),[o,s]=b(!1);return O(()=>Ut(()=>e(i=>i+1)),[]),O(()=>Bt(i=>{s(!i&&t),r(i)}),[t]),t?n(Gr,{},G()):n(Hn,{notice:o?m("errUnauthenticated"):void 0})}function Gr(){let e=R(pn,{}),[t,r]=b(!1),o=un(),s=()=>{r(!0),Kr().catch(()=>{})};if(e.error)return n("main",{id:"main",class:"login-box",children:[n(I,{error:e.error,onRetry:()=>{e.reload()},retryLabel:m("retry")}),n(v,{onClick:s,children:m("signOut")})]});if(!e.data)return n(H,{label:m("loading")});let i=e.data.me;if(!i||i.role==="PROPOSER")return n("main",{id:"main",class:"login-box",children:[n("p",{class:"banner banner-error",role:"alert",children:m("proposerOnly")}),n(v,{onClick:s,children:m("signOut")})]});let d={me:i,municipality:e.data.municipality,permissions:null},l=be.filter(c=>c.nav&&ye(d,c.permission)).sort((c,y)=>c.nav.order-y.nav.order).map(c=>({path:c.path,label:c.nav.label()})),p=cn(be,o.path),f;if(!p||!ye(d,p.route.permission))f=n("section",{children:[n("h1",{children:m("notFound")}),n("p",{children:n("a",{href:"#/",children:m("backHome")})})]});else{let c=p.route.component;f=n(c,{params:p.params,query:o.query},o.path)}return n(Ye.Provider,{value:d,children:n(Fn,{viewer:d,nav:l,current:o.path,onSignOut:s,signingOut:t,children:f})})}document.documentElement.lang=G();Dt(n(zr,{}),document.getElementById("app"));
