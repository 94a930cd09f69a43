var Q,pn,ea,Me,Mt,vt,cn,ht,mn,Ot,qt,gn,at=Symbol.for("pv"),At={},kt=[],ta=/^m(i|n|o|s|text|space)$/,Lt=Array.isArray,fn=kt.slice,Ve=Object.assign;function Be(t){t&&t.parentNode&&t.remove()}function bt(t,n,i,o,r){var s={type:t,props:n,key:i,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:at,__v:r||++pn,__i:-1,__u:0};return!r&&Q.vnode&&Q.vnode(s),s}function T(t){return t.children}function Ct(t,n){this.props=t,this.context=n,this.__g=0}function qe(t,n){if(n==null)return t.__&&qe(t.__,t.__i+1);for(var i;n<t.__k.length;n++)if((i=t.__k[n])&&i.__e)return i.__e;return typeof t.type!="function"||t.props.__P?null:qe(t)}function na(t){var n,i=t.__v,o=i.__e,r=[],s=[],d=t.__P;d&&((n=Ve({constructor:at},i)).__v=i.__v+1,Q.vnode&&Q.vnode(n),Ut(d,n,i,t.__n,d.namespaceURI,32&i.__u?[o]:null,r,o||qe(i),32&i.__u,s),n.__v=i.__v,n.__.__k[n.__i]=n,vn(r,n,s),i.__=i.__e=null,n.__e!=o&&yn(n))}function yn(t){if((t=t.__)&&t.__c&&!t.props.__P)return t.__e=null,t.__k.some(function(n){return n&&(t.__e=n.__e)}),yn(t)}function Rt(t){(8&t.__g||(t.__g|=8,Me.push(t),vt++))&&Mt==Q.debounceRendering||((Mt=Q.debounceRendering)||queueMicrotask)(hn)}function hn(){try{for(var t,n=1;Me.length;)Me.length>n&&Me.sort(cn),t=Me.shift(),n=Me.length,8&t.__g&&na(t)}finally{(vt=Me.length)&&(Mt||queueMicrotask)(hn)}}function bn(t,n,i,o,r,s,d,a,c,g,u){var C,y,m,b,A,k,O=o.__k||kt,q=n.length;for(c=ia(i,n,O,c,q),C=0;C<q;C++)(m=i.__k[C])!=null&&(y=~m.__i&&O[m.__i]||At,m.__i=C,k=Ut(t,m,y,r,s,d,a,c,g,u),b=m.__e,(y.ref!=m.ref||8&y.__u)&&(y.ref&&jt(y.ref,null,m,y),m.ref&&u.push(m.ref,m.__c||b,m)),A=A||b,4&m.__u?(c=Cn(m,c,t,!y.__v),y.__e&&(y.__e=null)):typeof m.type=="function"&&k!==void 0?c=k:b&&(c=b.nextSibling),m.__u&=-21);return i.__e=A,c}function ia(t,n,i,o,r){var s,d,a,c,g,u,C,y,m,b=i.length,A=b,k=0,O=0,q=t.__k=Array(r);for(s=0;s<r;s++)(d=n[s])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d!="object"||d.constructor===String?d=q[s]=bt(null,d):Lt(d)?d=q[s]=bt(T,{children:d}):d.constructor===at&&d.__b?d=q[s]=bt(d.type,d.props,d.key,d.ref,d.__v):q[s]=d,c=s+k,d.__=t,d.__b=t.__b+1,a=null,~(g=d.__i=ra(d,i,c,A))&&(A--,(a=i[g])&&(a.__u|=2)),a&&a.__v?(d.__u|=16,g==c-1?k--:g==c+1?k++:g!=c&&(g>c?k--:k++,O=1)):(~g||(r>b?k--:r<b&&k++),typeof d.type!="function"&&(d.__u|=4))):q[s]=null;if(O){for(u=[],C=[],s=0;s<r;s++)if((d=q[s])&&16&d.__u){for(k=0,y=u.length;k<y;)u[m=k+y>>1]<d.__i?k=m+1:y=m;u[k]=d.__i,C[s]=k+1}for(k=u.length;s--;)C[s]&&(C[s]==k?k--:q[s].__u|=4)}if(A)for(s=0;s<b;s++)!(a=i[s])||2&a.__u||(a.__e==o&&(o=qe(a)),Bt(a,a));return o}function Cn(t,n,i,o){var r,s,d,a;if(typeof t.type=="function"){if(t.props.__P)return n;if(r=t.__k)for(s=0;s<r.length;s++)r[s]&&(r[s].__=t,n=Cn(r[s],n,i,!1));return n}for(n&&!n.parentNode&&(n=qe(t))&&!n.parentNode&&(n=null),d=t.__e,a=n;a&&a.nodeType==8;)a=a.nextSibling;for(d!=a&&(!o&&i.moveBefore&&d.parentNode?i.moveBefore(d,n):i.insertBefore(d,n||null)),n=d;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function ra(t,n,i,o){var r,s=t.key,d=t.type,a=n[i],c=a&&!(2&a.__u);if(a===null&&s==null||c&&s==a.key&&d==a.type)return i;if(o>(c?1:0)){for(r=i-1;r>=0;r--)if((a=n[r])&&!(2&a.__u)&&s==a.key&&d==a.type)return r;for(r=i+1;r<n.length;r++)if((a=n[r])&&!(2&a.__u)&&s==a.key&&d==a.type)return r}return-1}function un(t,n,i){i==null&&(i=""),n[0]=="-"?t.setProperty(n,i):t[n]=i}function yt(t,n,i,o,r){var s,d;if(n=="style")if(typeof i=="string")t.style.cssText=i;else{if(typeof o=="string"&&(t.style.cssText=o=""),o)for(n in o)i&&n in i||un(t.style,n);if(i)for(n in i)o&&i[n]==o[n]||un(t.style,n,i[n])}else if(n[0]=="o"&&n[1]=="n")typeof i!="function"&&(i=null),typeof o!="function"&&(o=null),(t.__e||(t.__e={}))[n]=i,i&&o||(d=qt[n]||(qt[n]=oa(n)),(t.__a||(t.__a={}))[n]=Ot,s=n!=(n=n.replace(mn,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),i?t.addEventListener(n,d,s):t.removeEventListener(n,d,s));else{if(r=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in t)try{return void(t[n]=i??"")}catch{}if(typeof i=="function")return;i==null||i===!1&&n[4]!="-"?t.removeAttribute(n):t.setAttribute(n,n=="popover"&&i==1?"":i)}}function oa(t){return function(n){var i=this.__e;if(i){if(i=i[t],n[ht]==null)n[ht]=Ot++;else if(n[ht]<this.__a[t])return;return i(Q.event?Q.event(n):n)}}}function Ut(t,n,i,o,r,s,d,a,c,g){var u,C,y,m,b,A,k,O,q,_,w,fe,rt,Ue,V,ot,_e,je,Ee=n.type;if(n.constructor!==at)return null;128&i.__u&&(c=32&i.__u,u=i.__c.__z)&&(n.__u|=c,C=s=[],u.nodeType==8?a=Dt(u,s):s.push(u),a=s[0]||a),(u=Q.__b)&&u(n);e:if(typeof Ee=="function"){y=d.length;try{if(O=n.props,q=(u=Ee.prototype)&&u.render,_=(u=Ee.contextType)&&o[u.__c],w=u?_?_.props.value:u.__:o,(m=i.__c)?(n.__c=m,2&m.__g&&(m.__g|=1)):(q?n.__c=m=new Ee(O,w):(n.__c=m=new Ct(O,w),m.constructor=Ee,m.render=sa),_&&_.sub(m),m.state||(m.state={}),m.__n=o,m.__g|=8,m.__h=[],m.__k=[]),q&&(m.__s||(m.__s=m.state),Ee.getDerivedStateFromProps&&(m.__s==m.state&&(m.__s=Ve({},m.__s)),Ve(m.__s,Ee.getDerivedStateFromProps(O,m.__s)))),b=m.props,A=m.state,m.__v=n,i.__c){if(O!==b&&q&&!Ee.getDerivedStateFromProps&&m.componentWillReceiveProps&&m.componentWillReceiveProps(O,w),n.__v==i.__v&&!(8&m.__g)||!(4&m.__g)&&m.shouldComponentUpdate&&m.shouldComponentUpdate(O,m.__s,w)===!1){n.__v!=i.__v&&(m.props=O,m.state=m.__s,m.__g&=-9),n.__e=i.__e,n.__k=i.__k,n.__k.some(function(de){de&&(de.__=n)}),kt.push.apply(m.__h,m.__k),m.__k=[],m.__h.length&&d.push(m),a=qe(i);break e}m.componentWillUpdate&&m.componentWillUpdate(O,m.__s,w),q&&m.componentDidUpdate&&m.__h.push(function(){m.componentDidUpdate(b,A,k)})}else q&&!Ee.getDerivedStateFromProps&&m.componentWillMount&&m.componentWillMount(),q&&m.componentDidMount&&m.__h.push(m.componentDidMount);m.context=w,m.props=O,m.__P=t,m.__g&=-5,fe=Q.__r,rt=q?25:0;do m.__g&=-9,fe&&fe(n),u=m.render(m.props,m.state=m.__s,m.context);while(8&m.__g&&++rt<25);q&&(kt.push.apply(m.__h,m.__k),m.__k=[]),m.state=m.__s,m.getChildContext&&(o=Ve({},o,m.getChildContext())),q&&i.__c&&m.getSnapshotBeforeUpdate&&(k=m.getSnapshotBeforeUpdate(b,A)),Ue=u&&u.type===T&&u.key==null?u.props.children:u,O.__P&&(u=a,r=(t=O.__P).namespaceURI,c=s=null,i.props&&i.props.__P!=t&&(i.__k.some(function(de){de&&Bt(de,de)}),i.__k=null),a=i.__k?qe(i,0):null),a=bn(t,Lt(Ue)?Ue:[Ue],n,i,o,r,s,d,a,c,g),O.__P&&(n.__e=null,a=u),n.__u&=-161,C&&C.some(Be),m.__h.length&&d.push(m),1&m.__g&&(m.__g&=-4)}catch(de){if(d.length=y,n.__v=null,c||s)if(de&&de.then){if(n.__u|=128|c,s){for(~(_e=s.indexOf(a||void 0))||(_e=s.length);(je=s[_e-1])&&je.nodeType==8;)_e--;for(;_e<s.length;_e++)if(je=s[_e])if(s[_e]=null,V){if(je==ot)break}else{if(je.nodeType!=8)break;je.data.startsWith("$s")&&(ot=Dt(V=je))}}if(!V){for(;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;V=a}(u=Dt(V=n.__c.__z||(n.__c.__z=V)))?(n.__e=V,a=u):n.__e=a,a=a&&a.nextSibling}else s&&s.some(Be);else n.__e=i.__e;n.__k||(n.__k=i.__k||[]),de&&de.then||Dn(n),Q.__e(de,n,i)}}else a=n.__e=aa(i.__e,n,i,o,r,s,d,c,g,t);return(u=Q.diffed)&&u(n),a}function Dt(t,n){if(t&&t.nodeType==8&&t.data.startsWith("$s"))for(var i=1;t=t.nextSibling;){if(t.nodeType==8){if(t.data.startsWith("$s"))i++;else if(t.data.startsWith("/$s")&&!--i)return t}n&&n.push(t)}}function Dn(t){t&&(t.__c&&(t.__c.__g|=4),t.__k&&t.__k.some(Dn))}function vn(t,n,i){for(var o=0;o<i.length;)jt(i[o++],i[o++],i[o++]);Q.__c&&Q.__c(n,t),t.some(function(r){try{t=r.__h,r.__h=[],t.some(function(s){s.call(r)})}catch(s){Q.__e(s,r.__v)}})}function aa(t,n,i,o,r,s,d,a,c,g){var u,C,y,m,b,A,k,O,q=i.props||At,_=n.props,w=n.type;if(w=="svg"?r="http://www.w3.org/2000/svg":w=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),s){for(u=0;u<s.length;u++)if((b=s[u])&&(w?b.localName==w:b.nodeType==3)){t=b,s[u]=null;break}}if(!t){if(O=g.ownerDocument||document,!w)return O.createTextNode(_);t=O.createElementNS(r,w,_.is?_:g),a&&(Q.__m&&Q.__m(n,s),a=!1),s=null}if(w){if(g=w=="template"&&t.content||t,s=w=="textarea"&&_.defaultValue!=null?null:s&&fn.call(g.childNodes),!a&&s)for(q={},u=0;u<t.attributes.length;u++)q[(b=t.attributes[u]).name]=b.value;for(u in q)b=q[u],u=="dangerouslySetInnerHTML"?y=b:u=="children"||u in _||u=="value"&&"defaultValue"in _||u=="checked"&&"defaultChecked"in _||yt(t,u,null,b,r);for(u in _)b=_[u],u=="children"?m=b:u=="dangerouslySetInnerHTML"?C=b:u=="value"?A=b:u=="checked"?k=b:a&&typeof b!="function"||q[u]===b||yt(t,u,b,q[u],r);C?(a||y&&(C.__html==y.__html||C.__html==t.innerHTML)||(t.innerHTML=C.__html),n.__k=[]):(y&&(t.textContent=""),(w=="foreignObject"||r=="http://www.w3.org/1998/Math/MathML"&&ta.test(w))&&(r="http://www.w3.org/1999/xhtml"),bn(g,Lt(m)?m:[m],n,i,o,r,s,d,s?s[0]:i.__k&&qe(i,0),a,c),s&&s.some(Be)),a&&w!="textarea"||(u="value",w=="progress"&&A==null?t.removeAttribute(u):A==null||A===t[u]&&(w!="progress"||A)||yt(t,u,A,q[u],r),u="checked",k!=null&&k!=t[u]&&yt(t,u,k,q[u],r))}else q===_||a&&t.data==_||(t.data=_);return t}function jt(t,n,i,o){try{typeof t=="function"?n?n.__x=t(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():t(null)):t.current=n}catch(r){Q.__e(r,i)}}function Bt(t,n,i){var o,r,s,d;if(Q.unmount&&Q.unmount(t),!(o=t.ref)||o.current&&o.current!=t.__e||jt(o,null,n,t),o=t.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(a){Q.__e(a,n)}o.__P=o.__n=null}if(o=t.__k)for(d=0;d<o.length;d++)o[d]&&Bt(o[d],n,typeof t.type!="function"||i&&!t.props.__P);!i&&(o=t.__c)&&(o=o.__z)&&(r=Dt(o,s=[]))&&(o==t.__e&&s.some(Be),Be(r),Be(o)),i||Be(t.__e),t.__e=t.__c=t.__=null}function sa(t,n,i){return this.constructor(t,i)}function An(t,n){var i,o,r,s;Q.__&&Q.__(t,n),n.nodeType==9&&(n=n.documentElement),o=(i=t&&32&t.__u)?null:n.__k,n.__k=bt(T,{children:[t]}),r=[],s=[],Ut(n,n.__k,o||At,At,n.namespaceURI,o?null:n.firstChild?fn.call(n.childNodes):null,r,o?o.__e:n.firstChild,i,s),vn(r,n.__k,s),n.__k.props.children=null}function kn(t){function n(i){var o,r;return this.getChildContext||(o=new Set,(r={})[n.__c]=this,this.getChildContext=function(){return r},this.shouldComponentUpdate=function(s){this.props.value!=s.value&&o.forEach(function(d){d.__g|=4,Rt(d)})},this.sub=function(s){o.add(s);var d=s.componentWillUnmount;s.componentWillUnmount=function(){o.delete(s),d&&d.call(s)}}),i.children}return n.__c="__cC"+gn++,n.__=t,n.Provider=(n.Consumer=function(i,o){return i.children(o)}).contextType=n,n}Q={__e:function(t,n,i,o){for(var r,s,d;n=n.__;)if((r=n.__c)&&!(1&r.__g)){r.__g|=4;try{if((d=(s=r.constructor)&&s.getDerivedStateFromError)&&r.setState(s.getDerivedStateFromError(t)),r.componentDidCatch&&(r.componentDidCatch(t,o||{}),d=1),d&&8&r.__g)return void(r.__g|=2)}catch(a){t=a}}throw vt=0,t}},pn=0,ea=function(t){return t!=null&&t.constructor===at},Ct.prototype.setState=function(t,n){var i=this.__s;i&&i!=this.state||(i=this.__s=Ve({},this.state)),typeof t=="function"&&(t=t(Ve({},i),this.props)),t&&(Ve(i,t),this.__v&&(n&&this.__k.push(n),Rt(this)))},Ct.prototype.forceUpdate=function(t){this.__v&&(this.__g|=4,t&&this.__h.push(t),Rt(this))},Ct.prototype.render=T,Me=[],vt=0,cn=function(t,n){return t.__v.__b-n.__v.__b},ht=Symbol(),mn=/(PointerCapture)$|Capture$/i,Ot=0,qt={},gn=0;var He,Y,Vt,In,Ht=Object.is,lt=0,Fn=[],Kt=[],ee=Q,$n=ee.__b,Sn=ee.__r,Pn=ee.diffed,wn=ee.__c,xn=ee.unmount,Tn=ee.__;function dt(t,n){ee.__h&&ee.__h(Y,t,lt||n),lt=0;var i=Y.__H||(Y.__H={__:[],__h:[]});return t>=i.__.length&&i.__.push({}),i.__[t]}function h(t){return lt=1,la(On,t)}function la(t,n,i){var o=dt(He++,2);if(o.t=t,!o.__c&&(o.__=[i?i(n):On(void 0,n),function(s){var d=(o.__N||o.__)[0],a=o.t(d,s);Ht(d,a)||(o.__N=[a,o.__[1]],o.__c.setState({}))}],o.__c=Y,!Y.__f)){Y.__f=!0;var r=Y.shouldComponentUpdate;Y.shouldComponentUpdate=function(s,d,a){var c=this.__H;if(!c)return!0;var g=!1,u=this.props!=s;if(c.__.some(function(y){y.__N&&(g=!0,Ht(y.__[0],y.__N[0])||(u=!0))}),r){var C=r.call(this,s,d,a);return g?C||u:C}return!g||u}}return o.__}function X(t,n){var i=dt(He++,3);!ee.__s&&Rn(i.__H,n)&&(i.__P=!0,i.__=t,i.u=n,Y.__H.__h.push(i))}function Ne(t){return lt=5,_n(function(){return{current:t}},[])}function _n(t,n){var i=dt(He++,7);return Rn(i.__H,n)&&(i.__=t(),i.__H=n),i.__}function Mn(t,n){return lt=8,_n(function(){return t},n)}function qn(t){var n=Y.context[t.__c],i=dt(He++,9);return i.c=t,n?(i.__==null&&(i.__=!0,n.sub(Y)),n.props.value):t.__}function ae(){var t=dt(He++,11);if(!t.__){for(var n=Y.__v;!n.__m&&n.__;)n=n.__;var i=n.__m||(n.__m=[0,0]);t.__="P"+i[0]+"-"+i[1]++}return t.__}function da(){var t;do{for(;t=Kt.shift();)try{st(t)}catch(i){ee.__e(i,{__:(t=t.__P)&&t.__v})}for(;t=Fn.shift();){var n=t.__H;if(t.__P&&n)try{n.__h.some(st),n.__h.some(Qt),n.__h=[]}catch(i){n.__h=[],ee.__e(i,t.__v)}}}while(Kt.length)}ee.__b=function(t){Y=null,$n&&$n(t)},ee.__=function(t,n){t&&n.__k&&n.__k.__m&&(t.__m=n.__k.__m),Tn&&Tn(t,n)},ee.__r=function(t){Sn&&Sn(t),He=0;var n=(Y=t.__c).__H;n&&(Vt==Y?Y.__h=[]:(n.__h.some(st),n.__h.some(Qt),He=0),n.__h=[],n.__.some(function(i){i.__N&&(i.__=i.__N),i.u=i.__N=void 0})),Vt=Y},ee.diffed=function(t){Pn&&Pn(t);var n=t.__c;n&&n.__H&&(n.__H.__h.length&&Nn(Fn.push(n)),n.__H.__.some(function(i){i.u&&(i.__H=i.u)})),Vt=Y=null},ee.__c=function(t,n){n.some(function(i){try{i.__h.some(st),i.__h=i.__h.filter(function(o){return!o.__||Qt(o)})}catch(o){i.__h=[function(){throw o}]}}),wn&&wn(t,n)},ee.unmount=function(t){xn&&xn(t);var n,i,o=t.__c;o&&o.__H&&(o.__H.__.some(function(r){try{if(r.__P&&r.__c){if(i===void 0){for(i=t.__;i&&(!i.__c||!i.__c.__P);)i=i.__;i=i&&i.__c}r.__P=i,Nn(Kt.push(r))}else st(r)}catch(s){n=s}}),o.__H=void 0,n&&ee.__e(n,o.__v))};var En=typeof requestAnimationFrame=="function";function ua(t){var n,i=function(){clearTimeout(o),En&&cancelAnimationFrame(n),setTimeout(t)},o=setTimeout(i,35);En&&(n=requestAnimationFrame(i))}function Nn(t){t!=1&&In==ee.requestAnimationFrame||((In=ee.requestAnimationFrame)||ua)(da)}function st(t){var n=Y,i=t.__c;typeof i=="function"&&(t.__c=void 0,i()),Y=n}function Qt(t){var n=Y;t.__c=t.__(),Y=n}function Rn(t,n){return!t||t.length!=n.length||n.some(function(i,o){return!Ht(i,t[o])})}function On(t,n){return typeof n=="function"?n(t):n}var Ln="pppdesk.admin.lang",Jt=pa(),Wt=new Set;function pa(){try{return localStorage.getItem(Ln)==="en"?"en":"ja"}catch{return"ja"}}function ue(){return Jt}function Un(t){Jt=t;try{localStorage.setItem(Ln,t)}catch{}document.documentElement.lang=t,Wt.forEach(n=>n())}function jn(t){return Wt.add(t),()=>Wt.delete(t)}function pe(t,n){return(i,o)=>{let r=(Jt==="en"?n[i]:t[i])??String(i);return o?r.replace(/\{(\w+)\}/g,(s,d)=>d in o?String(o[d]):s):r}}var D=pe({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var zt="pppdesk.admin.token";function Ke(){try{return sessionStorage.getItem(zt)}catch{return null}}function Qe(t){try{t?sessionStorage.setItem(zt,t):sessionStorage.removeItem(zt)}catch{}Gt.forEach(n=>n(t!==null))}var Gt=new Set;function Bn(t){return Gt.add(t),()=>Gt.delete(t)}var Vn=new URL("../",location.href),ca=new URL("graphql",Vn),G=class extends Error{constructor(i,o,r){super(o);this.code=i;this.serverMessage=o;this.field=r}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:D("errBadInput"),CONFLICT:D("errConflict"),FORBIDDEN:D("errForbidden"),NOT_FOUND:D("errNotFound"),UNAUTHENTICATED:D("errUnauthenticated"),RATE_LIMITED:D("errRateLimited"),UNAVAILABLE:D("errUnavailable"),INTERNAL:D("errInternal"),NETWORK:D("errNetwork")}[this.code]];return this.field&&o.push(D("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(D("serverSays",{msg:this.serverMessage})),o.join(" ")}};function Hn(t){return t instanceof G?t.clerkMessage():D("errInternal")}var ma=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function ga(t){let n=t.extensions?.code??"INTERNAL";return new G(ma.has(n)?n:"INTERNAL",t.message,t.extensions?.field)}async function Kn(t,n){let i=Ke();i&&(n.Authorization=`Bearer ${i}`),n.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(ca,{...t,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new G("NETWORK","")}let r;try{r=await o.json()}catch{throw new G(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(r.errors&&r.errors.length>0){let s=ga(r.errors[0]);throw s.code==="UNAUTHENTICATED"&&i&&Qe(null),s}if(!r.data)throw new G("INTERNAL",`HTTP ${o.status}`);return r.data}function x(t,n,i={}){let o={"Content-Type":"application/json"};return i.municipality&&(o["X-Municipality"]=i.municipality),Kn({method:"POST",body:JSON.stringify({query:t.toString(),variables:n})},o)}function It(t,n,i){let o=new FormData;o.append("operations",JSON.stringify({query:t.toString(),variables:n}));let r={};return i.forEach((s,d)=>r[String(d)]=[s.path]),o.append("map",JSON.stringify(r)),i.forEach((s,d)=>o.append(String(d),s.file,s.file.name)),Kn({method:"POST",body:o},{"GraphQL-Require-Preflight":"1"})}function Yt(t){return new URL(t.replace(/^\/+/,""),Vn)}async function Qn(t,n){let i=Ke(),o;try{o=await fetch(Yt(t),{headers:i?{Authorization:`Bearer ${i}`}:{},credentials:"omit"})}catch{throw new G("NETWORK","")}if(o.status===401)throw Qe(null),new G("UNAUTHENTICATED","");if(o.status===403)throw new G("FORBIDDEN","");if(o.status===404)throw new G("NOT_FOUND","");if(!o.ok)throw new G(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let r=URL.createObjectURL(await o.blob()),s=document.createElement("a");s.href=r,s.download=n,document.body.appendChild(s),s.click(),s.remove(),setTimeout(()=>URL.revokeObjectURL(r),1e4)}var I=class extends String{__apiType;value;__meta__;constructor(n,i){super(n),this.value=n,this.__meta__=i}toString(){return this.value}},Wn=new I(`
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}
    `,{fragmentName:"ContentMediaItem"}),Jn=new I(`
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}
    `,{fragmentName:"InboxRow"}),zn=new I(`
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
    `,{fragmentName:"ContentCustomFieldValue"}),Gn=new I(`
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}`,{fragmentName:"ProposalPageFields"}),Yn=new I(`
    mutation Logout {
  logout
}
    `),Xn=new I(`
    query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
  agreements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: SIGNED_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        kind
        status
        signedOn
        parties {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),Zn=new I(`
    query ContentAgreement($id: ID!) {
  agreement(id: $id) {
    id
    kind
    title
    purpose
    parties {
      id
      name
    }
    signedOn
    termStartOn
    termEndOn
    items
    merits {
      side
      description
    }
    status
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),ei=new I(`
    mutation ContentAgreementCreate($input: AgreementInput!) {
  createAgreement(input: $input) {
    id
  }
}
    `),ti=new I(`
    mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
  updateAgreement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),ni=new I(`
    mutation ContentAgreementDelete($id: ID!) {
  deleteAgreement(id: $id)
}
    `),ii=new I(`
    query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
  announcements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: PUBLISHED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        category
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),ri=new I(`
    query ContentAnnouncement($id: ID!) {
  announcement(id: $id) {
    id
    title
    body
    category
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),oi=new I(`
    mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
  createAnnouncement(input: $input) {
    id
  }
}
    `),ai=new I(`
    mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
  updateAnnouncement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),si=new I(`
    mutation ContentAnnouncementDelete($id: ID!) {
  deleteAnnouncement(id: $id)
}
    `),li=new I(`
    query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
  caseStudies(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        locality
        category
        startOn
        endOn
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),di=new I(`
    query ContentCaseStudy($id: ID!) {
  caseStudy(id: $id) {
    id
    title
    locality
    program
    category
    partners {
      id
      name
    }
    startOn
    endOn
    dateNote
    summary
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    tags
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),ui=new I(`
    mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
  }
}
    `),pi=new I(`
    mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
  updateCaseStudy(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),ci=new I(`
    mutation ContentCaseStudyDelete($id: ID!) {
  deleteCaseStudy(id: $id)
}
    `),mi=new I(`
    query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
  challenges(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: TITLE, direction: ASC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        department {
          name
        }
        opensAt
        closesAt
        isOpen
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),gi=new I(`
    query ContentChallenge($id: ID!) {
  challenge(id: $id) {
    id
    title
    background
    desiredOutcome
    department {
      id
      name
    }
    tags
    opensAt
    closesAt
    isOpen
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),fi=new I(`
    mutation ContentChallengeCreate($input: ChallengeInput!) {
  createChallenge(input: $input) {
    id
  }
}
    `),yi=new I(`
    mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
  updateChallenge(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),hi=new I(`
    mutation ContentChallengeDelete($id: ID!) {
  deleteChallenge(id: $id)
}
    `),bi=new I(`
    query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {
  customFieldDefinitions(target: $target) {
    id
    key
    labelJa
    labelEn
    type
    required
    choices {
      value
      labelJa
      labelEn
    }
  }
}
    `),Ci=new I(`
    query ContentMethodList($first: Int, $after: String) {
  collaborationMethods(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        key
        name
        position
      }
    }
  }
}
    `),Di=new I(`
    query ContentMethod($id: ID!) {
  collaborationMethod(id: $id) {
    id
    key
    name
    description
    position
    version
  }
}
    `),vi=new I(`
    mutation ContentMethodCreate($input: CollaborationMethodInput!) {
  createCollaborationMethod(input: $input) {
    id
  }
}
    `),Ai=new I(`
    mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
  updateCollaborationMethod(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),ki=new I(`
    mutation ContentMethodDelete($id: ID!) {
  deleteCollaborationMethod(id: $id)
}
    `),Ii=new I(`
    mutation ContentMethodRestore($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),$i=new I(`
    query ContentPreview($token: String!) {
  preview(token: $token) {
    __typename
    id
    ... on Challenge {
      title
      background
      desiredOutcome
      department {
        name
      }
      tags
      opensAt
      closesAt
      media {
        ...ContentMediaItem
      }
    }
    ... on CaseStudy {
      title
      locality
      program
      caseCategory: category
      startOn
      endOn
      dateNote
      summary
      partners {
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      media {
        ...ContentMediaItem
      }
    }
    ... on Agreement {
      title
      agreementKind: kind
      purpose
      parties {
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      agreementStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Project {
      title
      projectKind: kind
      summary
      startOn
      endOn
      site
      leadDepartment {
        name
      }
      partners {
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      projectStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Announcement {
      title
      body
      category
      media {
        ...ContentMediaItem
      }
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),Si=new I(`
    query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
  projects(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        kind
        status
        startOn
        endOn
        leadDepartment {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),Pi=new I(`
    query ContentProject($id: ID!) {
  project(id: $id) {
    id
    kind
    title
    summary
    startOn
    endOn
    site
    leadDepartment {
      id
      name
    }
    partners {
      id
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    status
    agreement {
      id
      title
    }
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),wi=new I(`
    query ContentProjectAgreements {
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),xi=new I(`
    mutation ContentProjectCreate($input: ProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `),Ti=new I(`
    mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
  updateProject(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Ei=new I(`
    mutation ContentProjectDelete($id: ID!) {
  deleteProject(id: $id)
}
    `),Ni=new I(`
    mutation ContentPublish($id: ID!, $at: DateTime) {
  publish(id: $id, at: $at) {
    id
  }
}
    `),Fi=new I(`
    mutation ContentUnpublish($id: ID!) {
  unpublish(id: $id) {
    id
  }
}
    `),_i=new I(`
    mutation ContentArchive($id: ID!) {
  archive(id: $id) {
    id
  }
}
    `),Mi=new I(`
    mutation ContentRestoreDeleted($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),qi=new I(`
    mutation ContentPreviewToken($id: ID!) {
  createPreviewToken(id: $id) {
    token
    expiresAt
  }
}
    `),Ri=new I(`
    query ContentRevisions($id: ID!) {
  revisions(id: $id) {
    id
    number
    author {
      displayName
    }
    createdAt
    pending
  }
}
    `),Oi=new I(`
    mutation ContentRestoreRevision($id: ID!) {
  restoreRevision(id: $id) {
    id
  }
}
    `),Li=new I(`
    mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
  attachMedia(contentId: $contentId, file: $file, alt: $alt) {
    id
    fileName
  }
}
    `),Ui=new I(`
    mutation ContentUpdateMedia($id: ID!, $alt: String!) {
  updateMedia(id: $id, alt: $alt) {
    id
    alt
  }
}
    `),ji=new I(`
    mutation ContentDeleteMedia($id: ID!) {
  deleteMedia(id: $id)
}
    `),Bi=new I(`
    query ContentDepartments {
  municipality {
    departments {
      id
      name
    }
  }
}
    `),Vi=new I(`
    query ContentPartners($search: String) {
  partners(first: 30, filter: { search: $search }) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `),Hi=new I(`
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
    `),Ki=new I(`
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
    `),Qi=new I(`
    mutation DeskCreateStaff($input: StaffAccountInput!) {
  createStaffAccount(input: $input) {
    id
    displayName
  }
}
    `),Wi=new I(`
    mutation DeskDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    id
    disabled
  }
}
    `),Ji=new I(`
    mutation DeskEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    id
    disabled
  }
}
    `),zi=new I(`
    query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
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
    `),Gi=new I(`
    query DeskAuditActors {
  users(first: 100) {
    edges {
      node {
        id
        displayName
        role
      }
    }
  }
}
    `),Yi=new I(`
    query SettingsCustomFields($target: CustomFieldTarget!) {
  customFieldDefinitions(target: $target) {
    id
    key
    target
    labelJa
    labelEn
    type
    required
    visibility
    order
    choices {
      value
      labelJa
      labelEn
    }
  }
}
    `),Xi=new I(`
    mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {
  defineCustomField(input: $input) {
    id
  }
}
    `),Zi=new I(`
    mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {
  updateCustomField(id: $id, input: $input) {
    id
  }
}
    `),er=new I(`
    mutation SettingsCustomFieldDelete($id: ID!) {
  deleteCustomField(id: $id)
}
    `),tr=new I(`
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
    `),nr=new I(`
    mutation DeskDepartmentCreate($input: DepartmentInput!) {
  createDepartment(input: $input) {
    id
    name
  }
}
    `),ir=new I(`
    mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
  updateDepartment(id: $id, input: $input, version: $version) {
    id
    name
    version
  }
}
    `),rr=new I(`
    mutation DeskDepartmentDelete($id: ID!) {
  deleteDepartment(id: $id)
}
    `),or=new I(`
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
    `),ar=new I(`
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
      answeredAt
      forwardedTo {
        id
        name
      }
      replies {
        id
        subject
        body
        sentBy
        sentAt
      }
    }
  }
}
    `),sr=new I(`
    mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {
  replyToInquiry(id: $id, input: $input) {
    id
    answeredAt
  }
}
    `),lr=new I(`
    mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {
  forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {
    id
    forwardedTo {
      id
    }
  }
}
    `),dr=new I(`
    query DeskInquiryDepartments {
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
    `),ur=new I(`
    mutation DeskInquiryClose($id: ID!) {
  closeInquiry(id: $id) {
    id
    status
  }
}
    `),pr=new I(`
    query DeskMunicipalitySettings {
  municipality {
    id
    slug
    itemUrlTemplate
  }
}
    `),cr=new I(`
    mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {
  updateMunicipality(input: $input) {
    id
    itemUrlTemplate
  }
}
    `),mr=new I(`
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
    `),gr=new I(`
    query DeskWebhooks {
  webhooks {
    id
    url
    events
    active
    createdAt
  }
}
    `),fr=new I(`
    mutation DeskWebhookRegister($input: WebhookInput!) {
  registerWebhook(input: $input) {
    id
    url
  }
}
    `),yr=new I(`
    mutation DeskWebhookDelete($id: ID!) {
  deleteWebhook(id: $id)
}
    `),hr=new I(`
    query HomeAttention {
  proposals(first: 0, filter: { needsAttention: true }) {
    totalCount
  }
}
    `),br=new I(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),Cr=new I(`
    mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
  assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Dr=new I(`
    mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
  respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),vr=new I(`
    mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
  decideProposal(id: $id, decision: $decision, reason: $reason) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Ar=new I(`
    mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
  linkProposalOutcome(
    id: $id
    projectId: $projectId
    agreementId: $agreementId
    newProject: $newProject
    newAgreement: $newAgreement
  ) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),kr=new I(`
    query ProposalAssignDepartments {
  municipality {
    departments {
      id
      name
      kind
      parent {
        id
      }
    }
  }
}
    `),Ir=new I(`
    query ProposalLinkOutcomes {
  projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),$r=new I(`
    mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
  postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Sr=new I(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),Pr=new I(`
    query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
  proposals(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: UPDATED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...InboxRow
      }
    }
  }
}
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}`),wr=new I(`
    query InboxOptions {
  municipality {
    departments {
      id
      name
      parent {
        id
      }
    }
  }
  challenges(first: 100) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),xr=new I(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    ...ProposalPageFields
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Tr=new I(`
    mutation ProposalMarkRead($id: ID!) {
  markProposalRead(id: $id) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Er=new I(`
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
  permissions {
    resource
    action
    scope
  }
}
    `);var ya={"\n  mutation Logout {\n    logout\n  }\n":Yn,"\n  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          signedOn\n          parties {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Xn,"\n  query ContentAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      kind\n      title\n      purpose\n      parties {\n        id\n        name\n      }\n      signedOn\n      termStartOn\n      termEndOn\n      items\n      merits {\n        side\n        description\n      }\n      status\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":Zn,"\n  mutation ContentAgreementCreate($input: AgreementInput!) {\n    createAgreement(input: $input) {\n      id\n    }\n  }\n":ei,"\n  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {\n    updateAgreement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":ti,"\n  mutation ContentAgreementDelete($id: ID!) {\n    deleteAgreement(id: $id)\n  }\n":ni,"\n  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {\n    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":ii,"\n  query ContentAnnouncement($id: ID!) {\n    announcement(id: $id) {\n      id\n      title\n      body\n      category\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":ri,"\n  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n":oi,"\n  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {\n    updateAnnouncement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":ai,"\n  mutation ContentAnnouncementDelete($id: ID!) {\n    deleteAnnouncement(id: $id)\n  }\n":si,"\n  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          locality\n          category\n          startOn\n          endOn\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":li,"\n  query ContentCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":di,"\n  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n":ui,"\n  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {\n    updateCaseStudy(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":pi,"\n  mutation ContentCaseStudyDelete($id: ID!) {\n    deleteCaseStudy(id: $id)\n  }\n":ci,"\n  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          department {\n            name\n          }\n          opensAt\n          closesAt\n          isOpen\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":mi,"\n  query ContentChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      background\n      desiredOutcome\n      department {\n        id\n        name\n      }\n      tags\n      opensAt\n      closesAt\n      isOpen\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":gi,"\n  mutation ContentChallengeCreate($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n    }\n  }\n":fi,"\n  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {\n    updateChallenge(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":yi,"\n  mutation ContentChallengeDelete($id: ID!) {\n    deleteChallenge(id: $id)\n  }\n":hi,"\n  fragment ContentCustomFieldValue on CustomFieldValue {\n    key\n    text\n    number\n    date\n    boolean\n    choices\n    definition {\n      labelJa\n      labelEn\n      type\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n":zn,"\n  query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      labelJa\n      labelEn\n      type\n      required\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n":bi,"\n  query ContentMethodList($first: Int, $after: String) {\n    collaborationMethods(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          key\n          name\n          position\n        }\n      }\n    }\n  }\n":Ci,"\n  query ContentMethod($id: ID!) {\n    collaborationMethod(id: $id) {\n      id\n      key\n      name\n      description\n      position\n      version\n    }\n  }\n":Di,"\n  mutation ContentMethodCreate($input: CollaborationMethodInput!) {\n    createCollaborationMethod(input: $input) {\n      id\n    }\n  }\n":vi,"\n  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {\n    updateCollaborationMethod(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Ai,"\n  mutation ContentMethodDelete($id: ID!) {\n    deleteCollaborationMethod(id: $id)\n  }\n":ki,"\n  mutation ContentMethodRestore($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":Ii,"\n  query ContentPreview($token: String!) {\n    preview(token: $token) {\n      __typename\n      id\n      ... on Challenge {\n        title\n        background\n        desiredOutcome\n        department {\n          name\n        }\n        tags\n        opensAt\n        closesAt\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on CaseStudy {\n        title\n        locality\n        program\n        caseCategory: category\n        startOn\n        endOn\n        dateNote\n        summary\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        tags\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Agreement {\n        title\n        agreementKind: kind\n        purpose\n        parties {\n          name\n        }\n        signedOn\n        termStartOn\n        termEndOn\n        items\n        merits {\n          side\n          description\n        }\n        agreementStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Project {\n        title\n        projectKind: kind\n        summary\n        startOn\n        endOn\n        site\n        leadDepartment {\n          name\n        }\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        projectStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Announcement {\n        title\n        body\n        category\n        media {\n          ...ContentMediaItem\n        }\n      }\n    }\n  }\n":$i,"\n  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          startOn\n          endOn\n          leadDepartment {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Si,"\n  query ContentProject($id: ID!) {\n    project(id: $id) {\n      id\n      kind\n      title\n      summary\n      startOn\n      endOn\n      site\n      leadDepartment {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      status\n      agreement {\n        id\n        title\n      }\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":Pi,"\n  query ContentProjectAgreements {\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":wi,"\n  mutation ContentProjectCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n":xi,"\n  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {\n    updateProject(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Ti,"\n  mutation ContentProjectDelete($id: ID!) {\n    deleteProject(id: $id)\n  }\n":Ei,"\n  mutation ContentPublish($id: ID!, $at: DateTime) {\n    publish(id: $id, at: $at) {\n      id\n    }\n  }\n":Ni,"\n  mutation ContentUnpublish($id: ID!) {\n    unpublish(id: $id) {\n      id\n    }\n  }\n":Fi,"\n  mutation ContentArchive($id: ID!) {\n    archive(id: $id) {\n      id\n    }\n  }\n":_i,"\n  mutation ContentRestoreDeleted($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":Mi,"\n  mutation ContentPreviewToken($id: ID!) {\n    createPreviewToken(id: $id) {\n      token\n      expiresAt\n    }\n  }\n":qi,"\n  query ContentRevisions($id: ID!) {\n    revisions(id: $id) {\n      id\n      number\n      author {\n        displayName\n      }\n      createdAt\n      pending\n    }\n  }\n":Ri,"\n  mutation ContentRestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      id\n    }\n  }\n":Oi,"\n  fragment ContentMediaItem on Media {\n    id\n    fileName\n    contentType\n    size\n    url\n    alt\n  }\n":Wn,"\n  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {\n    attachMedia(contentId: $contentId, file: $file, alt: $alt) {\n      id\n      fileName\n    }\n  }\n":Li,"\n  mutation ContentUpdateMedia($id: ID!, $alt: String!) {\n    updateMedia(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n":Ui,"\n  mutation ContentDeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n":ji,"\n  query ContentDepartments {\n    municipality {\n      departments {\n        id\n        name\n      }\n    }\n  }\n":Bi,"\n  query ContentPartners($search: String) {\n    partners(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":Vi,"\n  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          disabled\n          createdAt\n          department {\n            id\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Hi,"\n  query DeskAccountDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Ki,"\n  mutation DeskCreateStaff($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      displayName\n    }\n  }\n":Qi,"\n  mutation DeskDisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":Wi,"\n  mutation DeskEnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":Ji,"\n  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          actor {\n            id\n            displayName\n          }\n          action\n          targetType\n          targetId\n          changes\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":zi,"\n  query DeskAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n":Gi,"\n  query SettingsCustomFields($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      target\n      labelJa\n      labelEn\n      type\n      required\n      visibility\n      order\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n":Yi,"\n  mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {\n    defineCustomField(input: $input) {\n      id\n    }\n  }\n":Xi,"\n  mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {\n    updateCustomField(id: $id, input: $input) {\n      id\n    }\n  }\n":Zi,"\n  mutation SettingsCustomFieldDelete($id: ID!) {\n    deleteCustomField(id: $id)\n  }\n":er,"\n  query DeskDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        kind\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n":tr,"\n  mutation DeskDepartmentCreate($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n":nr,"\n  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      id\n      name\n      version\n    }\n  }\n":ir,"\n  mutation DeskDepartmentDelete($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n":rr,"\n  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {\n    inquiries(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          affiliation\n          name\n          subject\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":or,"\n  query DeskInquiry($id: ID!) {\n    node(id: $id) {\n      ... on Inquiry {\n        id\n        affiliation\n        name\n        email\n        phone\n        subject\n        body\n        status\n        createdAt\n        answeredAt\n        forwardedTo {\n          id\n          name\n        }\n        replies {\n          id\n          subject\n          body\n          sentBy\n          sentAt\n        }\n      }\n    }\n  }\n":ar,"\n  mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {\n    replyToInquiry(id: $id, input: $input) {\n      id\n      answeredAt\n    }\n  }\n":sr,"\n  mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {\n    forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {\n      id\n      forwardedTo {\n        id\n      }\n    }\n  }\n":lr,"\n  query DeskInquiryDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":dr,"\n  mutation DeskInquiryClose($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n":ur,"\n  query DeskMunicipalitySettings {\n    municipality {\n      id\n      slug\n      itemUrlTemplate\n    }\n  }\n":pr,"\n  mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {\n    updateMunicipality(input: $input) {\n      id\n      itemUrlTemplate\n    }\n  }\n":cr,"\n  query DeskWebhookDeliveries($first: Int) {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n      deliveries(first: $first) {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n":mr,"\n  query DeskWebhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n":gr,"\n  mutation DeskWebhookRegister($input: WebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      url\n    }\n  }\n":fr,"\n  mutation DeskWebhookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":yr,"\n  query HomeAttention {\n    proposals(first: 0, filter: { needsAttention: true }) {\n      totalCount\n    }\n  }\n":hr,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":br,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Cr,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Dr,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":vr,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Ar,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":kr,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Ir,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":$r,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":Sr,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    unreadMessageCount\n    overdue\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":Jn,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":Pr,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":wr,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    viewerActions\n    unreadMessageCount\n    overdue\n    summary\n    body\n    desiredScheme\n    customFields {\n      ...ContentCustomFieldValue\n    }\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":Gn,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":xr,"\n  mutation ProposalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Tr,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n    permissions {\n      resource\n      action\n      scope\n    }\n  }\n":Er};function v(t){return ya[t]??{}}function N(t,n,i=!1){let o=JSON.stringify(n),[r,s]=h(void 0),[d,a]=h(void 0),[c,g]=h(!i),u=Ne(0),C=Mn(async()=>{if(i)return;let y=++u.current;g(!0);try{let m=await x(t,JSON.parse(o));y===u.current&&(s(m),a(void 0))}catch(m){y===u.current&&a(m instanceof G?m:new G("INTERNAL",String(m)))}finally{y===u.current&&g(!1)}},[t,o,i]);return X(()=>{C()},[C]),{data:r,error:d,loading:c,reload:C}}function L(t){let[n,i]=h(!1),[o,r]=h(void 0);return{run:async(...d)=>{i(!0),r(void 0);try{return await t(...d)}catch(a){r(a instanceof G?a:new G("INTERNAL",String(a)));return}finally{i(!1)}},busy:n,error:o,clear:()=>r(void 0)}}function Nr(){let t=location.hash.replace(/^#/,"")||"/",n=t.indexOf("?");return n<0?{path:t,query:new URLSearchParams}:{path:t.slice(0,n),query:new URLSearchParams(t.slice(n+1))}}function Fr(){let[t,n]=h(Nr);return X(()=>{let i=()=>n(Nr());return window.addEventListener("hashchange",i),()=>window.removeEventListener("hashchange",i)},[]),t}function R(t,n){let i=new URLSearchParams;for(let[r,s]of Object.entries(n??{}))s&&i.set(r,s);let o=i.toString();return`#${t}${o?`?${o}`:""}`}function se(t,n){location.hash=R(t,n)}function ha(t,n){let i=t.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(i.length!==o.length)return null;let r={};for(let s=0;s<i.length;s++){let d=i[s];if(d.startsWith(":"))r[d.slice(1)]=decodeURIComponent(o[s]);else if(d!==o[s])return null}return r}function _r(t,n){for(let i of t){let o=ha(i.path,n);if(o)return{route:i,params:o}}return null}var f=pe({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",homeAttention:"要対応の提案が {n} 件あります（未読の対話・回答期限超過）。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",homeAttention:"{n} proposals need your attention (unread dialogue, overdue answers).",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var Mr=v(`
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
    permissions {
      resource
      action
      scope
    }
  }
`);function oe(t,n){return n?t.permissions.some(i=>i.resource===n.resource&&i.action===n.action):!0}var Xt=kn(null);function he(){let t=qn(Xt);if(!t)throw new Error("useViewer outside a signed-in app");return t}var ba=Symbol.for("pv"),Ca=0;function e(t,n,i,o,r,s){n||(n={});var d,a,c=n;if("ref"in c&&typeof t!="function")for(a in c={},n)a=="ref"?d=n[a]:c[a]=n[a];var g={type:t,props:c,key:i,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:ba,__v:--Ca,__i:-1,__u:0};return(r||s)&&(g.__source=r,g.__self=s),Q.vnode&&Q.vnode(g),g}var Da=v(`
  query HomeAttention {
    proposals(first: 0, filter: { needsAttention: true }) {
      totalCount
    }
  }
`);function qr(){let t=he(),n=oe(t,{resource:"proposal",action:"read"}),i=N(Da,{},!n),o=i.data?.proposals.totalCount??0,r=ut.filter(s=>s.nav&&s.path!=="/"&&oe(t,s.permission)).sort((s,d)=>s.nav.order-d.nav.order);return e("section",{children:[e("h1",{children:D("home")}),e("p",{children:[t.municipality.deskName," — ",t.me.displayName]}),n&&i.data&&e("p",{class:o>0?"banner banner-notice":"muted","data-testid":"home-attention",children:o>0?e("a",{href:R("/proposals",{attention:"1"}),children:f("homeAttention",{n:o})}):f("attentionNone")}),e("ul",{class:"tiles",children:r.map(s=>e("li",{children:e("a",{class:"tile",href:R(s.path),children:s.nav.label()})},s.path))})]})}var $t="Asia/Tokyo",va=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:$t}),Aa=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),ka=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:$t}),Rr=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:$t}),Ia=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:$t});function Or(t){return t.replace(/(\D)1年/,"$1元年")}function W(t){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!n)return t;let i=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return ue()==="en"?t:`${Or(Aa.format(i))}（${t}）`}function M(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return t;let i=ka.format(n);return ue()==="en"?`${Ia.format(n)} ${Rr.format(n)}`:`${Or(va.format(n))}（${i}）${Rr.format(n)}`}function j({tone:t="neutral",icon:n,children:i,testid:o}){return e("span",{class:`badge badge-${t}`,"data-testid":o,children:[n&&e("span",{"aria-hidden":"true",children:[n," "]}),i]})}function S({error:t,onRetry:n,retryLabel:i}){return t?e("div",{class:"banner banner-error",role:"alert",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:Hn(t)}),n&&e("button",{type:"button",class:"btn btn-small",onClick:n,children:i})]}):null}function B({children:t}){return t?e("div",{class:"banner banner-notice",role:"status",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),e("span",{children:t})]}):null}function U({label:t}){return e("p",{class:"loading",role:"status","aria-live":"polite",children:t})}function $({variant:t="secondary",busy:n,disabled:i,children:o,type:r,...s}){return e("button",{...s,type:r??"button",class:`btn btn-${t}`,disabled:i||n,"aria-busy":n?"true":void 0,children:o})}function Zt({id:t,label:n,required:i}){return e("label",{for:t,children:[n,i&&e("span",{class:"required",children:[" （",D("required"),"）"]})]})}function St(t,n,i){return[n?`${t}-help`:"",i?`${t}-err`:""].filter(Boolean).join(" ")||void 0}function Pt({id:t,help:n,error:i}){return e(T,{children:[n&&e("p",{class:"help",id:`${t}-help`,children:n}),i&&e("p",{class:"field-error",id:`${t}-err`,children:i})]})}function P(t){let n=ae();return e("div",{class:"field",children:[e(Zt,{id:n,label:t.label,required:t.required}),e("input",{id:n,name:t.name,type:t.type??"text",value:t.value,required:t.required,autocomplete:t.autocomplete,maxLength:t.maxLength,"aria-invalid":t.error?"true":void 0,"aria-describedby":St(n,t.help,t.error),"data-testid":t.testid,onInput:i=>t.onInput(i.currentTarget.value)}),e(Pt,{id:n,help:t.help,error:t.error})]})}function K(t){let n=ae();return e("div",{class:"field",children:[e(Zt,{id:n,label:t.label,required:t.required}),e("textarea",{id:n,name:t.name,rows:t.rows??4,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":St(n,t.help,t.error),"data-testid":t.testid,onInput:i=>t.onInput(i.currentTarget.value)}),e(Pt,{id:n,help:t.help,error:t.error})]})}function F(t){let n=ae();return e("div",{class:"field",children:[e(Zt,{id:n,label:t.label,required:t.required}),e("select",{id:n,name:t.name,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":St(n,t.help,t.error),"data-testid":t.testid,onChange:i=>t.onChange(i.currentTarget.value),children:t.options.map(i=>e("option",{value:i.value,children:i.label},i.value))}),e(Pt,{id:n,help:t.help,error:t.error})]})}function be(t){let n=ae();return e("div",{class:"field field-check",children:[e("input",{id:n,type:"checkbox",name:t.name,checked:t.checked,"aria-describedby":St(n,t.help,t.error),"data-testid":t.testid,onChange:i=>t.onChange(i.currentTarget.checked)}),e("label",{for:n,children:t.label}),e(Pt,{id:n,help:t.help,error:t.error})]})}function J({legend:t,children:n,class:i}){return e("fieldset",{class:`fieldset ${i??""}`,children:[e("legend",{children:t}),n]})}function Z(t){let[n,i]=h([]);X(()=>i([]),[t.resetKey]);let o=t.page?.edges??[],r=n.length*t.pageSize+1;return e("div",{class:"table-wrap",children:[e("table",{class:"table","data-testid":t.testid,children:[e("caption",{children:t.caption}),e("thead",{children:e("tr",{children:t.columns.map(s=>e("th",{scope:"col",class:s.class,children:s.header}))})}),e("tbody",{children:[o.length===0&&e("tr",{children:e("td",{colSpan:t.columns.length,children:D("empty")})}),o.map(s=>e("tr",{children:t.columns.map(d=>e("td",{class:d.class,children:d.cell(s.node)}))},t.rowKey(s.node)))]})]}),t.page&&e("nav",{class:"pager","aria-label":t.caption,children:[e("span",{role:"status",children:o.length>0?D("pageInfo",{from:r,to:r+o.length-1,n:t.page.totalCount}):D("totalCount",{n:t.page.totalCount})}),e($,{disabled:n.length===0,onClick:()=>{let s=n.slice(0,-1);i(s),t.onAfter(n[n.length-1]??null)},children:["← ",D("prev")]}),e($,{disabled:!t.page.pageInfo.hasNextPage,onClick:()=>{i([...n,t.after]),t.onAfter(t.page?.pageInfo.endCursor??null)},children:[D("next")," →"]})]})]})}function $a(t){return f(`status${t}`)}function ze(t){return f(`kind${t}`)}var Sa={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function wt({status:t}){return e(j,{tone:Sa[t],testid:"proposal-status",children:$a(t)})}var Lr=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function Ur(t){return t<1024?f("bytes",{n:t}):t<1024*1024?f("kb",{n:(t/1024).toFixed(1)}):f("mb",{n:(t/1024/1024).toFixed(1)})}v(`
  fragment InboxRow on Proposal {
    id
    title
    kind
    status
    submittedAt
    unreadMessageCount
    overdue
    organization {
      name
    }
    challenge {
      title
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      respondedAt
    }
  }
`);var jr=v(`
  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InboxRow
        }
      }
    }
  }
`),Pa=v(`
  query InboxOptions {
    municipality {
      departments {
        id
        name
        parent {
          id
        }
      }
    }
    challenges(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),xt=20,wa=["status","kind","challenge","department","from","to","q","attention"];function xa(t){let n={};for(let i of wa){let o=t.get(i);o&&(n[i]=o)}return n}function Ta(t){let n={};return t.status&&(n.status=t.status),t.kind&&(n.kind=t.kind),t.challenge&&(n.challengeId=t.challenge),t.department&&(n.departmentId=t.department),(t.from||t.to)&&(n.submittedOn={from:t.from||null,to:t.to||null}),t.q&&(n.search=t.q),t.attention&&(n.needsAttention=!0),n}function Ea(t){let n=new Map;return t.map(i=>{let o=i.parent?(n.get(i.parent.id)??0)+1:0;return n.set(i.id,o),{value:i.id,label:`${"　".repeat(o)}${i.name}`}})}function Br({query:t}){let n=xa(t),[i,o]=h(n),r=Ta(n),s=JSON.stringify(r),[d,a]=h({key:s,after:null}),c=d.key===s?d.after:null,g=A=>a({key:s,after:A}),u=N(jr,{first:xt,after:c,filter:r}),C=N(Pa,{}),y=A=>k=>o({...i,[A]:k}),m=A=>{g(null),se("/proposals",A)},b=Fa();return e("section",{children:[e("h1",{children:f("inboxTitle")}),!n.attention&&e(Na,{columns:b}),e("h2",{class:"visually-hidden",children:f("inboxCaption")}),e("nav",{"aria-label":f("statusTabs"),class:"tabs",children:e("ul",{children:[e("li",{children:e("a",{href:R("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:f("all")})}),Lr.map(A=>e("li",{children:e("a",{href:R("/proposals",{...n,status:A}),"aria-current":n.status===A?"page":void 0,"data-testid":`status-tab-${A}`,children:f(`status${A}`)})},A))]})}),e("form",{class:"filters",role:"search",onSubmit:A=>{A.preventDefault(),m(i)},children:[e(J,{legend:f("filters"),class:"filters-grid",children:[e(P,{label:f("search"),type:"search",value:i.q??"",onInput:y("q"),testid:"filter-search"}),e(F,{label:f("kind"),value:i.kind??"",onChange:y("kind"),options:[{value:"",label:f("any")},...["FREE","CHALLENGE"].map(A=>({value:A,label:ze(A)}))]}),e(F,{label:f("challenge"),value:i.challenge??"",onChange:y("challenge"),options:[{value:"",label:f("any")},...C.data?.challenges.edges.map(A=>({value:A.node.id,label:A.node.title}))??[]]}),e(F,{label:f("department"),value:i.department??"",onChange:y("department"),options:[{value:"",label:f("any")},...Ea(C.data?.municipality.departments??[])],testid:"filter-department"}),e(P,{label:f("submittedFrom"),type:"date",value:i.from??"",onInput:y("from")}),e(P,{label:f("submittedTo"),type:"date",value:i.to??"",onInput:y("to")}),e(be,{label:f("onlyAttention"),checked:!!i.attention,onChange:A=>o({...i,attention:A?"1":void 0}),testid:"filter-attention"})]}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary","data-testid":"filter-apply",children:f("apply")}),e($,{onClick:()=>{o({}),m({})},children:f("reset")})]})]}),e(S,{error:u.error,onRetry:()=>{u.reload()},retryLabel:D("retry")}),u.loading&&!u.data&&e(U,{label:D("loading")}),u.data&&e(Z,{caption:f("inboxCaption"),columns:b,page:u.data.proposals,after:c,onAfter:g,resetKey:s,rowKey:A=>A.id,pageSize:xt,testid:"inbox-table"})]})}function Na({columns:t}){let[n,i]=h(null),o=N(jr,{first:xt,after:n,filter:{needsAttention:!0}});return e("section",{class:"attention","aria-labelledby":"attention-title","data-testid":"attention",children:[e("h2",{id:"attention-title",children:f("attentionTitle")}),e("p",{class:"help",children:f("attentionHelp")}),e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")}),o.data&&(o.data.proposals.totalCount===0?e("p",{class:"muted",children:f("attentionNone")}):e(Z,{caption:f("attentionCaption"),columns:t,page:o.data.proposals,after:n,onAfter:i,resetKey:"attention",rowKey:r=>r.id,pageSize:xt,testid:"attention-table"}))]})}function Fa(){return[{header:f("colTitle"),cell:t=>e("a",{href:R(`/proposals/${encodeURIComponent(t.id)}`),"data-testid":"proposal-link",children:t.title})},{header:f("colProposer"),cell:t=>t.organization?.name??""},{header:f("colKind"),cell:t=>t.kind==="CHALLENGE"&&t.challenge?`${ze(t.kind)}：${t.challenge.title}`:ze(t.kind)},{header:f("colStatus"),cell:t=>e(wt,{status:t.status})},{header:f("colSubmitted"),cell:t=>t.submittedAt?M(t.submittedAt):f("notSubmitted")},{header:f("colFlags"),cell:t=>e(T,{children:[t.overdue&&e(j,{tone:"danger",icon:"!",children:f("overdue")})," ",t.unreadMessageCount>0&&e(j,{tone:"warning",icon:"●",children:f("unread",{n:t.unreadMessageCount})})]})},{header:f("colAssigned"),cell:t=>e("ul",{class:"plain",children:t.assignments.map(n=>e("li",{children:[n.department.name,n.dueOn&&`（${W(n.dueOn)}）`,n.respondedAt&&e(j,{tone:"success",children:f("answered")})]},n.department.id))})}]}function ie(t){let n=Ne(null),i=ae(),o=Ne(null);return X(()=>{let r=n.current;r&&(t.open&&!r.open?(o.current=document.activeElement,r.showModal()):!t.open&&r.open&&(r.close(),o.current instanceof HTMLElement&&o.current.focus()))},[t.open]),e("dialog",{ref:n,class:"dialog","aria-labelledby":i,onCancel:r=>{r.preventDefault(),t.onCancel()},children:[e("h2",{id:i,children:t.title}),e("div",{class:"dialog-body",children:t.children}),e("div",{class:"actions",children:[e($,{variant:t.danger?"danger":"primary",busy:t.busy,onClick:t.onConfirm,"data-testid":"confirm-ok",children:t.confirmLabel??D("ok")}),e($,{onClick:t.onCancel,children:D("cancel")})]})]})}function en(t){return new Set(t.viewerActions)}var _a=v(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Ma=v(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),qa=v(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Ra=v(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Oa=v(`
  query ProposalAssignDepartments {
    municipality {
      departments {
        id
        name
        kind
        parent {
          id
        }
      }
    }
  }
`),La=v(`
  query ProposalLinkOutcomes {
    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);function Vr({p:t,actions:n,notice:i,onChange:o}){let r=["ASSIGN","RESPOND","DECIDE","LINK"].some(s=>n.has(s));return e("div",{class:"panel",children:[e("h2",{id:"actions-title",children:f("secActions")}),e(B,{children:i}),!r&&e("p",{class:"muted",children:f("noActions")}),n.has("ASSIGN")&&e(Ua,{p:t,onChange:o}),n.has("RESPOND")&&e(ja,{p:t,onChange:o}),n.has("DECIDE")&&e(Ba,{p:t,onChange:o}),n.has("LINK")&&e(Va,{p:t,onChange:o})]})}function Ua({p:t,onChange:n}){let i=N(Oa,{}),[o,r]=h(new Set),[s,d]=h(""),[a,c]=h(!1),g=L(async()=>{let m=await x(_a,{id:t.id,departmentIds:[...o],dueOn:s||null});r(new Set),n(m.assignProposal.proposal,f("assigned"))}),u=new Set(t.assignments.map(m=>m.department.id)),C=new Map,y=(i.data?.municipality.departments??[]).map(m=>{let b=m.parent?(C.get(m.parent.id)??0)+1:0;return C.set(m.id,b),{...m,depth:Math.min(b,3)}});return e("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[e("h3",{id:"assign-title",children:f("assignTitle")}),e("p",{class:"help",children:f("assignHelp")}),e("form",{onSubmit:m=>{if(m.preventDefault(),o.size===0){c(!0);return}c(!1),g.run()},children:[e(J,{legend:f("assignDepartments"),class:"tree",children:[e(S,{error:i.error}),e("ul",{class:"plain",children:y.map(m=>e("li",{class:`depth-${m.depth}`,children:e("label",{class:"check",children:[e("input",{type:"checkbox",checked:u.has(m.id)||o.has(m.id),disabled:u.has(m.id),onChange:b=>{let A=new Set(o);b.currentTarget.checked?A.add(m.id):A.delete(m.id),r(A)}})," ",m.name]})},m.id))}),a&&e("p",{class:"field-error",role:"alert",children:f("assignPick")})]}),e(P,{label:f("assignDue"),type:"date",value:s,onInput:d,testid:"assign-due"}),e(S,{error:g.error}),e($,{type:"submit",variant:"primary",busy:g.busy,"data-testid":"assign-submit",children:f("assignSubmit")})]})]})}function ja({p:t,onChange:n}){let[i,o]=h(""),[r,s]=h(""),[d,a]=h(!1),c=L(async()=>{let g=await x(Ma,{id:t.id,opinion:i,feasible:r==="yes"});n(g.respondToAssignment.proposal,f("responded"))});return e("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[e("h3",{id:"respond-title",children:f("respondTitle")}),e("form",{onSubmit:g=>{g.preventDefault(),a(!0),!(!i.trim()||!r)&&c.run()},children:[e(J,{legend:f("respondFeasible"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"yes",checked:r==="yes",onChange:()=>s("yes"),"data-testid":"respond-feasible-yes"})," ",f("feasibleYes")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"no",checked:r==="no",onChange:()=>s("no"),"data-testid":"respond-feasible-no"})," ",f("feasibleNo")]}),d&&!r&&e("p",{class:"field-error",children:f("respondFeasible")})]}),e(K,{label:f("respondOpinion"),required:!0,value:i,onInput:o,error:d&&!i.trim()?f("opinionRequired"):void 0,testid:"respond-opinion"}),e(S,{error:c.error}),e($,{type:"submit",variant:"primary",busy:c.busy,"data-testid":"respond-submit",children:f("respondSubmit")})]})]})}function Ba({p:t,onChange:n}){let[i,o]=h(""),[r,s]=h(""),[d,a]=h(!1),[c,g]=h(!1),u=L(async()=>{if(!i)return;let y=await x(qa,{id:t.id,decision:i,reason:r});g(!1),n(y.decideProposal.proposal,f("decided"))}),C=i==="ACCEPTED"?f("decideAccept"):f("decideDecline");return e("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[e("h3",{id:"decide-title",children:f("decideTitle")}),e("form",{onSubmit:y=>{y.preventDefault(),a(!0),!(!i||!r.trim())&&g(!0)},children:[e(J,{legend:f("decision"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:i==="ACCEPTED",onChange:()=>o("ACCEPTED"),"data-testid":"decide-accept"})," ",f("decideAccept")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"DECLINED",checked:i==="DECLINED",onChange:()=>o("DECLINED"),"data-testid":"decide-decline"})," ",f("decideDecline")]}),d&&!i&&e("p",{class:"field-error",children:f("decision")})]}),e(K,{label:f("reason"),help:f("reasonHelp"),required:!0,value:r,onInput:s,error:d&&!r.trim()?f("reasonRequired"):void 0,testid:"decide-reason"}),e(S,{error:u.error}),e($,{type:"submit",variant:"primary","data-testid":"decide-submit",children:f("decideSubmit")})]}),e(ie,{open:c,title:f("decideConfirmTitle"),confirmLabel:C,danger:i==="DECLINED",busy:u.busy,onConfirm:()=>{u.run()},onCancel:()=>g(!1),children:[e("p",{children:f("decideConfirm",{title:t.title,decision:C})}),e("p",{class:"prewrap",children:[f("reason"),"：",r]}),e(S,{error:u.error})]})]})}function Va({p:t,onChange:n}){let i=N(La,{}),[o,r]=h(""),[s,d]=h(""),[a,c]=h(""),[g,u]=h(""),[C,y]=h("PARTNERSHIP"),[m,b]=h("BUSINESS"),[A,k]=h(""),[O,q]=h(""),[_,w]=h(!1),fe=L(async()=>{let V=await x(Ra,{id:t.id,projectId:o==="existing"&&a?a:null,agreementId:s==="existing"&&g?g:null,newProject:o==="new"?{kind:C,title:A.trim()||null}:null,newAgreement:s==="new"?{kind:m,title:O.trim()||null}:null});r(""),d(""),n(V.linkProposalOutcome.proposal,f("linked")),i.reload()}),rt=[{value:"",label:f("linkNone")},{value:"existing",label:f("linkExisting")},{value:"new",label:f("linkNew")}],Ue={value:"",label:f("linkPick")};return e("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[e("h3",{id:"link-title",children:f("linkTitle")}),e("p",{class:"help",children:f("linkHelp")}),e(S,{error:i.error}),e("form",{onSubmit:V=>{V.preventDefault();let ot=o==="existing"&&a||o==="new"||s==="existing"&&g||s==="new";w(!ot),ot&&fe.run()},children:[e(J,{legend:f("linkProject"),children:[e(F,{label:f("linkProject"),value:o,onChange:V=>r(V),options:rt,testid:"link-project-mode"}),o==="existing"&&e(F,{label:f("linkPick"),value:a,onChange:c,options:[Ue,...i.data?.projects.edges.map(V=>({value:V.node.id,label:V.node.title}))??[]],testid:"link-project"}),o==="new"&&e(T,{children:[e(F,{label:f("newKind"),value:C,onChange:V=>y(V),options:["PARTNERSHIP","DEMONSTRATION"].map(V=>({value:V,label:f(`proj${V}`)}))}),e(P,{label:f("newTitle"),value:A,onInput:k})]})]}),e(J,{legend:f("linkAgreement"),children:[e(F,{label:f("linkAgreement"),value:s,onChange:V=>d(V),options:rt,testid:"link-agreement-mode"}),s==="existing"&&e(F,{label:f("linkPick"),value:g,onChange:u,options:[Ue,...i.data?.agreements.edges.map(V=>({value:V.node.id,label:V.node.title}))??[]],testid:"link-agreement"}),s==="new"&&e(T,{children:[e(F,{label:f("newKind"),value:m,onChange:V=>b(V),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map(V=>({value:V,label:f(`agr${V}`)}))}),e(P,{label:f("newTitle"),value:O,onInput:q})]})]}),_&&e("p",{class:"field-error",role:"alert",children:f("linkNothing")}),e(S,{error:fe.error}),e($,{type:"submit",variant:"primary",busy:fe.busy,"data-testid":"link-submit",children:f("linkSubmit")})]})]})}var E=pe({navCustomFields:"設定：独自項目",title:"独自項目の設定",intro:"提案や各コンテンツに、この自治体独自の入力項目を追加できます。必須の項目は、提案では提出時、コンテンツでは公開時に確認されます。",target:"対象",targetPROPOSAL:"提案",targetCHALLENGE:"行政課題",targetAGREEMENT:"協定",targetPROJECT:"連携事業",targetCASE_STUDY:"連携事例",targetANNOUNCEMENT:"お知らせ",caption:"{target}の独自項目（並び順）",none:"この対象に独自項目はありません。",key:"識別子",keyHelp:"英小文字で始まる英数字・アンダースコア（例：appleVariety）。データの出力では列名になります。",labelJa:"項目名（日本語）",labelEn:"項目名（英語）",type:"種類",typeTEXT:"一行のテキスト",typeLONG_TEXT:"複数行のテキスト",typeNUMBER:"数値",typeDATE:"日付",typeSINGLE_CHOICE:"選択肢から一つ",typeMULTIPLE_CHOICE:"選択肢から複数",typeBOOLEAN:"はい・いいえ",typeFixed:"種類と対象は作成後に変更できません。",required:"必須",requiredHelp:"提案は提出時、コンテンツは公開時に入力が必要になります。",visibility:"見せる範囲",visibilityPUBLIC:"公開（その項目を見られる人全員・公開データにも出力）",visibilityPROPOSER:"提案者と職員（コンテンツでは職員のみ）",visibilitySTAFF:"職員のみ",order:"並び順",choices:"選択肢",choicesHelp:"1行に1つ。「値|日本語|英語」の形で書きます（例：fuji|ふじ|Fuji）。",define:"項目を追加",defineTitle:"独自項目を追加",editTitle:"「{label}」を編集",save:"保存",cancel:"キャンセル",edit:"編集",remove:"削除",removeTitle:"「{label}」を削除しますか？",removeBody:"この項目に入力済みの値もすべて削除されます（操作ログには残ります）。",defined:"「{label}」を追加しました。",updated:"「{label}」を保存しました。",removed:"「{label}」を削除しました。",yes:"はい",no:"いいえ",unset:"（未選択）",sectionTitle:"独自項目",empty:"（未入力）",requiredMark:"（必須）"},{navCustomFields:"Settings: custom fields",title:"Custom fields",intro:"Add fields of your own to proposals and to each kind of content. Required fields are checked when a proposal is submitted and when content is published.",target:"Target",targetPROPOSAL:"Proposals",targetCHALLENGE:"Challenges",targetAGREEMENT:"Agreements",targetPROJECT:"Projects",targetCASE_STUDY:"Case studies",targetANNOUNCEMENT:"Announcements",caption:"Custom fields of {target}, in order",none:"No custom fields for this target.",key:"Key",keyHelp:"A lower-case letter, then letters, digits or underscores (e.g. appleVariety). Exports use it as the column name.",labelJa:"Label (Japanese)",labelEn:"Label (English)",type:"Type",typeTEXT:"One line of text",typeLONG_TEXT:"Longer text",typeNUMBER:"Number",typeDATE:"Date",typeSINGLE_CHOICE:"One choice",typeMULTIPLE_CHOICE:"Several choices",typeBOOLEAN:"Yes or no",typeFixed:"Type and target cannot change once created.",required:"Required",requiredHelp:"Needed to submit a proposal or publish content.",visibility:"Who sees it",visibilityPUBLIC:"Public (whoever reads the item; in open data too)",visibilityPROPOSER:"Proposer and staff (staff only on content)",visibilitySTAFF:"Staff only",order:"Order",choices:"Choices",choicesHelp:"One per line, as value|Japanese|English (e.g. fuji|ふじ|Fuji).",define:"Add field",defineTitle:"Add a custom field",editTitle:"Edit “{label}”",save:"Save",cancel:"Cancel",edit:"Edit",remove:"Delete",removeTitle:"Delete “{label}”?",removeBody:"Every value entered for it is deleted too (the audit log keeps a record).",defined:"Added “{label}”.",updated:"Saved “{label}”.",removed:"Deleted “{label}”.",yes:"Yes",no:"No",unset:"(none)",sectionTitle:"Custom fields",empty:"(empty)",requiredMark:" (required)"});v(`
  fragment ContentCustomFieldValue on CustomFieldValue {
    key
    text
    number
    date
    boolean
    choices
    definition {
      labelJa
      labelEn
      type
      choices {
        value
        labelJa
        labelEn
      }
    }
  }
`);var Ha=v(`
  query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {
    customFieldDefinitions(target: $target) {
      id
      key
      labelJa
      labelEn
      type
      required
      choices {
        value
        labelJa
        labelEn
      }
    }
  }
`),Ce={dirty:!1,values:{}};function De(t){let n={};for(let i of t??[])n[i.key]={type:i.definition.type,text:i.text??void 0,number:i.number==null?void 0:String(i.number),date:i.date??void 0,boolean:i.boolean??null,choices:i.choices??void 0};return{dirty:!1,values:n}}function ve(t){if(!t.dirty)return null;let n=[];for(let[i,o]of Object.entries(t.values))switch(o.type){case"TEXT":case"LONG_TEXT":o.text&&o.text.trim()!==""&&n.push({key:i,text:o.text});break;case"NUMBER":o.number&&o.number.trim()!==""&&n.push({key:i,number:Number(o.number)});break;case"DATE":o.date&&n.push({key:i,date:o.date});break;case"BOOLEAN":o.boolean!=null&&n.push({key:i,boolean:o.boolean});break;default:o.choices&&o.choices.length>0&&n.push({key:i,choices:o.choices})}return n}function pt(t){return ue()==="en"&&t.labelEn?t.labelEn:t.labelJa}function Ae(t){let n=N(Ha,{target:t.target}),i=n.data?.customFieldDefinitions??[];return n.error?e(S,{error:n.error}):i.length===0?null:e(J,{legend:E("sectionTitle"),class:"custom-fields",children:i.map(o=>{let r=t.value.values[o.key]??{type:o.type},s=c=>t.onChange({dirty:!0,values:{...t.value.values,[o.key]:{...r,type:o.type,...c}}}),d=pt(o)+(o.required?E("requiredMark"):""),a=`custom-${o.key}`;switch(o.type){case"LONG_TEXT":return e(K,{label:d,value:r.text??"",onInput:c=>s({text:c}),rows:4,testid:a},o.id);case"NUMBER":return e(P,{label:d,type:"number",value:r.number??"",onInput:c=>s({number:c}),testid:a},o.id);case"DATE":return e(P,{label:d,type:"date",value:r.date??"",onInput:c=>s({date:c}),testid:a},o.id);case"BOOLEAN":return e(F,{label:d,value:r.boolean==null?"":String(r.boolean),onChange:c=>s({boolean:c===""?null:c==="true"}),options:[{value:"",label:E("unset")},{value:"true",label:E("yes")},{value:"false",label:E("no")}],testid:a},o.id);case"SINGLE_CHOICE":return e(F,{label:d,value:r.choices?.[0]??"",onChange:c=>s({choices:c===""?[]:[c]}),options:[{value:"",label:E("unset")},...o.choices.map(c=>({value:c.value,label:pt(c)}))],testid:a},o.id);case"MULTIPLE_CHOICE":return e(J,{legend:d,children:o.choices.map(c=>e(be,{label:pt(c),checked:(r.choices??[]).includes(c.value),onChange:g=>s({choices:g?[...r.choices??[],c.value]:(r.choices??[]).filter(u=>u!==c.value)}),testid:`${a}-${c.value}`},c.value))},o.id);default:return e(P,{label:d,value:r.text??"",onInput:c=>s({text:c}),maxLength:200,testid:a},o.id)}})})}function Ka(t){switch(t.definition.type){case"BOOLEAN":return t.boolean==null?E("empty"):t.boolean?E("yes"):E("no");case"SINGLE_CHOICE":case"MULTIPLE_CHOICE":return(t.choices??[]).map(n=>pt(t.definition.choices.find(i=>i.value===n)??{labelJa:n,labelEn:n})).join("、")||E("empty");case"NUMBER":return t.number==null?E("empty"):String(t.number);case"DATE":return t.date??E("empty")}return t.text??E("empty")}function Hr({values:t}){return!t||t.length===0?null:e("section",{class:"custom-fields","data-testid":"custom-field-values",children:[e("h3",{children:E("sectionTitle")}),e("dl",{class:"desk-dl",children:t.map(n=>e(T,{children:[e("dt",{children:pt(n.definition)}),e("dd",{class:"prewrap",children:Ka(n)})]},n.key))})]})}var Qa=v(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Wa=v(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function Kr({p:t,actions:n,onChange:i,onReload:o}){let r=n.has("MESSAGE"),s=n.has("INTERNAL_NOTE"),[d,a]=h(!r&&s),[c,g]=h(""),[u,C]=h(""),y=L(async()=>{let k=await x(Qa,{proposalId:t.id,body:c,internal:d});g(""),C(d?f("postedNote"):f("posted")),i(k.postProposalMessage.proposal)}),[m,b]=h(null),A=L(async k=>{if(!m)return;let O=await It(Wa,{proposalId:t.id,file:null},[{path:"variables.file",file:m}]);b(null),k.reset(),C(f("attached",{name:O.attachFile.fileName})),await o()});return e("section",{"aria-labelledby":"sec-dialogue",children:[e("h2",{id:"sec-dialogue",children:f("secDialogue")}),e("p",{class:"help",children:f("dialogueHelp")}),t.messages.length===0?e("p",{class:"muted",children:f("noMessages")}):e("ol",{class:"messages","data-testid":"messages",children:t.messages.map(k=>e("li",{class:k.internal?"msg msg-internal":"msg msg-shared","data-testid":k.internal?"internal-note":"shared-message",children:[e("div",{class:"msg-head",children:[k.internal?e(j,{tone:"internal",icon:"✎",children:[f("internalNote"),"（",f("internalNoteHint"),"）"]}):e(j,{tone:"info",icon:"✉",children:f("sharedMessage")}),e("span",{class:"msg-author",children:tn(k.author)}),e("time",{class:"muted",dateTime:k.createdAt,children:M(k.createdAt)})]}),e("p",{class:"prewrap",children:k.body})]},k.id))}),e(B,{children:u}),(r||s)&&e("form",{class:"post-form",onSubmit:k=>{k.preventDefault(),C(""),y.run()},children:[r&&s&&e(J,{legend:f("postKind"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"post-kind",checked:!d,onChange:()=>a(!1),"data-testid":"post-shared"}),e("span",{"aria-hidden":"true",children:"✉ "}),f("sharedMessage")]}),e("label",{class:"radio radio-internal",children:[e("input",{type:"radio",name:"post-kind",checked:d,onChange:()=>a(!0),"data-testid":"post-internal"}),e("span",{"aria-hidden":"true",children:"✎ "}),f("internalNote"),"（",f("internalNoteHint"),"）"]})]}),e(K,{label:d?`${f("postBody")}（${f("internalNote")}）`:`${f("postBody")}（${f("sharedMessage")}）`,required:!0,value:c,onInput:g,rows:4,testid:"post-body"}),e(S,{error:y.error}),e($,{type:"submit",variant:"primary",busy:y.busy,disabled:!c.trim(),"data-testid":"post-submit",children:f("post")})]}),n.has("ATTACH")&&e("form",{class:"attach-form",onSubmit:k=>{k.preventDefault(),C(""),A.run(k.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:"attach-file",children:f("attachFile")}),e("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:k=>b(k.currentTarget.files?.[0]??null)})]}),e(S,{error:A.error}),e($,{type:"submit",busy:A.busy,disabled:!m,children:f("attach")})]})]})}v(`
  fragment ProposalPageFields on Proposal {
    id
    kind
    title
    viewerActions
    unreadMessageCount
    overdue
    summary
    body
    desiredScheme
    customFields {
      ...ContentCustomFieldValue
    }
    status
    version
    submittedAt
    decidedAt
    createdAt
    challenge {
      id
      title
    }
    organization {
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    contact {
      affiliation
      name
      email
      phone
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      opinion
      feasible
      respondedAt
    }
    messages {
      id
      body
      internal
      createdAt
      author {
        kind
        displayName
        department {
          name
        }
      }
    }
    history {
      action
      from
      to
      reason
      at
      actor {
        kind
        displayName
        department {
          name
        }
      }
    }
    attachments {
      id
      fileName
      contentType
      size
      messageId
      downloadUrl
      createdAt
    }
    project {
      id
      title
    }
    agreement {
      id
      title
    }
  }
`);var Ja=v(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),za=v(`
  mutation ProposalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Qr=["CITY","PARTNER"],Wr=["PEOPLE","GOODS","MONEY","INFORMATION"],Ga=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function tn(t){if(!t)return"";let n=f(`actor${t.kind}`),i=[t.department?.name,t.displayName].filter(Boolean).join(" ");return i?`${n}：${i}`:n}function Jr({params:t}){let n=t.id,i=N(Ja,{id:n}),[o,r]=h(null),s=o??i.data?.proposal??null,[d,a]=h(""),c=(y,m)=>{r(y),a(m??"")},g=async()=>{r(null),await i.reload()},u=Ne(!1),C=i.data?.proposal;return X(()=>{!C||u.current||C.unreadMessageCount===0||!C.viewerActions.includes("MARK_READ")||(u.current=!0,x(za,{id:C.id}).then(y=>r(y.markProposalRead.proposal)).catch(()=>{}))},[C]),e("article",{class:"proposal",children:[e("p",{children:e("a",{href:R("/proposals"),children:["← ",f("back")]})}),e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:D("retry")}),i.loading&&!s&&e(U,{label:D("loading")}),i.data&&!s&&e("p",{class:"banner banner-error",role:"alert",children:f("notFound")}),s&&e(T,{children:[e("header",{class:"proposal-head",children:[e("h1",{"data-testid":"proposal-title",children:s.title}),e("p",{class:"meta",children:[e(wt,{status:s.status})," ",e(j,{children:ze(s.kind)}),s.overdue&&e(j,{tone:"danger",icon:"!",testid:"overdue",children:f("overdue")}),s.unreadMessageCount>0&&e(j,{tone:"warning",icon:"●",testid:"unread",children:f("unread",{n:s.unreadMessageCount})}),s.challenge&&e("span",{children:[" ",s.challenge.title]})]}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:f("organization")}),e("dd",{children:s.organization?.name??f("none")})]}),e("div",{children:[e("dt",{children:f("submittedAt")}),e("dd",{children:s.submittedAt?M(s.submittedAt):f("notSubmitted")})]}),s.decidedAt&&e("div",{children:[e("dt",{children:f("decidedAt")}),e("dd",{children:M(s.decidedAt)})]}),s.project&&e("div",{children:[e("dt",{children:f("currentProject")}),e("dd",{"data-testid":"linked-project",children:s.project.title})]}),s.agreement&&e("div",{children:[e("dt",{children:f("currentAgreement")}),e("dd",{"data-testid":"linked-agreement",children:s.agreement.title})]})]})]}),e("div",{class:"proposal-grid",children:[e("div",{class:"proposal-main",children:[e(Ya,{p:s}),e(Xa,{p:s}),e(Za,{p:s}),e(Kr,{p:s,actions:en(s),onChange:c,onReload:g}),e(es,{p:s})]}),e("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:e(Vr,{p:s,actions:en(s),notice:d,onChange:c})})]})]})]})}function nn({text:t}){return t.trim()?e(T,{children:t.split(/\n{2,}/).map((n,i)=>e("p",{class:"prewrap",children:n},i))}):e("p",{class:"muted",children:f("none")})}function Ya({p:t}){return e("section",{"aria-labelledby":"sec-content",children:[e("h2",{id:"sec-content",children:f("secContent")}),e("h3",{children:f("summary")}),e(nn,{text:t.summary}),e("h3",{children:f("body")}),e(nn,{text:t.body}),e("h3",{children:f("desiredScheme")}),e(nn,{text:t.desiredScheme}),e(Hr,{values:t.customFields}),e("h3",{children:f("resources")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix","data-testid":"resources-matrix",children:[e("caption",{class:"visually-hidden",children:f("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:f("side")}),Wr.map(n=>e("th",{scope:"col",children:f(`res${n}`)},n))]})}),e("tbody",{children:Qr.map(n=>e("tr",{children:[e("th",{scope:"row",children:f(`side${n}`)}),Wr.map(i=>{let o=t.resources.filter(r=>r.side===n&&r.kind===i);return e("td",{children:o.length===0?e("span",{class:"muted",children:"—"}):e("ul",{class:"plain",children:o.map((r,s)=>e("li",{children:r.description},s))})},i)})]},n))})]})}),e("h3",{children:f("merits")}),e("div",{class:"merits",children:Qr.map(n=>{let i=t.merits.filter(o=>o.side===n);return e("div",{children:[e("h4",{children:f("meritFor",{side:f(`side${n}`)})}),i.length===0?e("p",{class:"muted",children:f("none")}):e("ul",{children:i.map((o,r)=>e("li",{children:o.description},r))})]},n)})}),t.contact&&e(T,{children:[e("h3",{children:f("contact")}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:f("affiliation")}),e("dd",{children:t.contact.affiliation})]}),e("div",{children:[e("dt",{children:f("contactName")}),e("dd",{children:t.contact.name})]}),e("div",{children:[e("dt",{children:f("email")}),e("dd",{children:t.contact.email})]}),e("div",{children:[e("dt",{children:f("phone")}),e("dd",{children:t.contact.phone})]})]})]})]})}function Xa({p:t}){let[n,i]=h(null);return e("section",{"aria-labelledby":"sec-attachments",children:[e("h2",{id:"sec-attachments",children:f("secAttachments")}),e(S,{error:n}),t.attachments.length===0?e("p",{class:"muted",children:f("noAttachments")}):e("ul",{class:"files","data-testid":"attachments",children:t.attachments.map(o=>e("li",{children:[e($,{variant:"link","aria-label":f("download",{name:o.fileName}),onClick:()=>{i(null),Qn(o.downloadUrl,o.fileName).catch(i)},children:[e("span",{"aria-hidden":"true",children:"↓ "}),o.fileName]})," ",e("span",{class:"muted",children:[Ur(o.size)," ・ ",M(o.createdAt),o.messageId&&` ${f("onMessage")}`]})]},o.id))})]})}function Za({p:t}){return e("section",{"aria-labelledby":"sec-assignments",children:[e("h2",{id:"sec-assignments",children:f("secAssignments")}),t.assignments.length===0?e("p",{class:"muted",children:f("noAssignments")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"assignments",children:[e("caption",{class:"visually-hidden",children:f("assignmentsCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:f("department")}),e("th",{scope:"col",children:f("dueOn")}),e("th",{scope:"col",children:f("feasible")}),e("th",{scope:"col",children:f("opinion")}),e("th",{scope:"col",children:f("respondedAt")})]})}),e("tbody",{children:t.assignments.map(n=>e("tr",{children:[e("th",{scope:"row",children:n.department.name}),e("td",{children:n.dueOn?W(n.dueOn):"—"}),e("td",{children:n.feasible==null?e(j,{children:f("notAnswered")}):n.feasible?e(j,{tone:"success",icon:"○",children:f("feasibleYes")}):e(j,{tone:"danger",icon:"×",children:f("feasibleNo")})}),e("td",{class:"prewrap",children:n.opinion??""}),e("td",{children:n.respondedAt?M(n.respondedAt):"—"})]},n.department.id))})]})})]})}function es({p:t}){return e("section",{"aria-labelledby":"sec-history",children:[e("h2",{id:"sec-history",children:f("secHistory")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"history",children:[e("caption",{class:"visually-hidden",children:f("historyCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:f("colWhen")}),e("th",{scope:"col",children:f("colAction")}),e("th",{scope:"col",children:f("colChange")}),e("th",{scope:"col",children:f("colActor")}),e("th",{scope:"col",children:f("colReason")})]})}),e("tbody",{children:t.history.map((n,i)=>e("tr",{children:[e("td",{children:M(n.at)}),e("td",{children:Ga.has(n.action)?f(`act${n.action}`):n.action}),e("td",{children:n.from||n.to?`${n.from?f(`status${n.from}`):""} → ${n.to?f(`status${n.to}`):""}`:""}),e("td",{children:tn(n.actor)}),e("td",{class:"prewrap",children:n.reason})]},i))})]})})]})}var zr=[{path:"/proposals",component:Br,nav:{label:()=>f("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:Jr,permission:{resource:"proposal",action:"read"}}];var l=pe({navChallenges:"行政課題",navCaseStudies:"連携事例",navAgreements:"連携協定",navProjects:"連携事業",navAnnouncements:"お知らせ",navMethods:"連携手法",listChallenges:"行政課題の一覧",listCaseStudies:"連携事例の一覧",listAgreements:"連携協定の一覧",listProjects:"連携事業の一覧",listAnnouncements:"お知らせの一覧",listMethods:"その他連携手法の一覧",newChallenge:"行政課題を作成",newCaseStudy:"連携事例を作成",newAgreement:"連携協定を作成",newProject:"連携事業を作成",newAnnouncement:"お知らせを作成",newMethod:"連携手法を追加",editChallenge:"行政課題の編集",editCaseStudy:"連携事例の編集",editAgreement:"連携協定の編集",editProject:"連携事業の編集",editAnnouncement:"お知らせの編集",editMethod:"連携手法の編集",backToList:"一覧へ戻る",filters:"絞り込み",search:"キーワード",searchHelp:"件名・本文などに含まれる語で絞り込みます。",any:"すべて",apply:"絞り込む",clear:"条件を消す",colTitle:"件名・名称",colState:"公開状態",colUpdated:"更新日時",colDepartment:"担当課",colPeriod:"期間",colLocality:"実施自治体",colCategory:"分類",colKind:"種類",colStatus:"状態",colSigned:"締結日",colPosition:"並び順",colKey:"識別子",colName:"名称",stateDRAFT:"下書き",statePUBLISHED:"公開中",stateARCHIVED:"アーカイブ",stateScheduled:"公開予約",publishedAt:"公開日時: {at}",scheduledAt:"{at} に公開予定",version:"版 {n}",title:"件名",name:"名称",background:"背景",desiredOutcome:"求める成果",department:"担当課",noDepartment:"（指定なし）",tags:"分野・タグ",tagsHelp:"読点「、」またはカンマで区切って入力します。",opensAt:"募集開始日時",closesAt:"募集終了日時",isOpen:"募集状況",open:"募集中",closed:"募集していない",locality:"実施自治体",localityHelp:"他の自治体の事例もあります（例: 青森市）。",program:"公民連携の窓口・プログラム名",category:"分類",catPARTNERSHIP:"連携事業",catDEMONSTRATION:"実証実験",catAGREEMENT:"連携協定",catOTHER:"その他",startOn:"開始日",endOn:"終了日",dateNote:"日程（原文）",dateNoteHelp:"「令和7年度中」のように日付で書けない日程を書きます。",summary:"概要",partners:"連携先",parties:"締結先（事業者等）",partnerSearch:"連携先を探す",partnerNone:"該当する連携先がありません。",partnersChosen:"選択中: {names}",resources:"提供リソース",resourcesHelp:"市と事業者等がそれぞれ提供するもの（ヒト・モノ・カネ・情報）を書きます。",resourcesCaption:"提供リソース（行: 種類、列: 提供する側）",kindCol:"種類",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",resCell:"{side}が提供する{kind}",merits:"メリット・期待される効果",meritFor:"{side}のメリット",meritHelp:"1行に1項目を書きます。",agreementKind:"協定の種類",akBUSINESS:"事業連携協定",akCOMPREHENSIVE:"包括連携協定",akMEMORANDUM:"覚書",agreementStatus:"協定の状態",asPLANNED:"締結予定",asACTIVE:"有効",asEXPIRED:"期間満了",asTERMINATED:"解除",purpose:"目的",signedOn:"締結日",termStartOn:"協定期間の開始日",termEndOn:"協定期間の終了日",items:"連携事項",itemsHelp:"1行に1項目を書きます。",projectKind:"事業の種類",pkPARTNERSHIP:"パートナーシップ事業",pkDEMONSTRATION:"実証実験サポート事業",projectStatus:"事業の状態",psPLANNED:"準備中",psONGOING:"実施中",psCOMPLETED:"完了",psCANCELLED:"中止",site:"実施場所",leadDepartment:"担当課",agreement:"根拠となる協定",noAgreement:"（なし）",body:"本文",annCategory:"区分",annCategoryHelp:"例: 募集、イベント、お知らせ",methodKey:"識別子（半角英数字）",methodKeyHelp:"例: pfi。公開サイトのURLなどに使います。",description:"内容",position:"並び順",saveDraft:"保存する",create:"作成する",saved:"保存しました。",created:"作成しました。",conflict:"他の職員が先に更新しました。再読み込みしてください",reloadLatest:"最新の内容を読み込む",secPublication:"公開",publishNow:"今すぐ公開",publishAt:"日時を指定して公開",publishAtLabel:"公開日時",publishAtHelp:"日本時間で指定します。過去の日時を指定すると、すぐに公開されます。",schedule:"公開を予約",unpublish:"公開をやめる（下書きに戻す）",archive:"アーカイブする",published:"公開しました。",scheduled:"公開を予約しました。",unpublished:"下書きに戻しました。",archived:"アーカイブしました。",confirmPublish:"公開しますか？",confirmPublishBody:"「{title}」を公開サイトに掲載します。",confirmUnpublish:"公開をやめますか？",confirmUnpublishBody:"「{title}」を公開サイトから外し、下書きに戻します。",confirmArchive:"アーカイブしますか？",confirmArchiveBody:"「{title}」をアーカイブします。",pendingNotice:"担当課からの変更が承認待ちです。「今すぐ公開」で反映されます。",preview:"プレビュー",previewMake:"プレビュー用リンクを作る",previewLink:"プレビューを開く（{at} まで有効）",previewTitle:"プレビュー（下書き）",previewNote:"この画面は公開前の内容です。公開サイトにはまだ表示されていません。",previewGone:"プレビューの有効期限が切れたか、リンクが正しくありません。編集画面からもう一度リンクを作ってください。",delete:"削除する",confirmDelete:"削除しますか？",confirmDeleteBody:"「{title}」を削除します。削除した直後であれば、この画面で元に戻せます。",deleted:"「{title}」を削除しました。",restoreDeleted:"元に戻す",restored:"元に戻しました。",secRevisions:"変更の履歴（版）",revNumber:"版",revAuthor:"保存した人",revAt:"保存日時",revPending:"承認待ち",revRestore:"この版に戻す",revRestoreNamed:"版{n}に戻す",confirmRevRestore:"版{n}に戻しますか？",confirmRevRestoreBody:"この版の内容を新しい下書きとして保存します。公開中の内容はそのままです。",revRestored:"版{n}を下書きとして復元しました。",revNone:"まだ履歴はありません。",revCaption:"変更の履歴",secMedia:"画像・資料",mediaNone:"画像・資料はまだありません。",mediaCaption:"画像・資料の一覧",mediaFile:"ファイル",mediaFileHelp:"写真（JPEG・PNG）やPDFを選びます。",mediaAlt:"代替テキスト",mediaAltHelp:"画像を見られない人のために、画像の内容を短い文で書きます（例: 駅前広場で清掃活動をする市職員と企業の社員）。",mediaAltFor:"「{file}」の代替テキスト",mediaAltMissing:"代替テキスト未入力",mediaAltSave:"代替テキストを保存",mediaAltSaved:"「{file}」の代替テキストを保存しました。",mediaUpload:"アップロード",mediaUploaded:"「{file}」を追加しました。",mediaChoose:"ファイルを選んでください。",mediaAskAlt:"画像には代替テキストを入力してください。",mediaDelete:"削除",mediaDeleteNamed:"「{file}」を削除",confirmMediaDelete:"「{file}」を削除しますか？",mediaDeleted:"「{file}」を削除しました。",mediaType:"種類",mediaSize:"大きさ",mediaOps:"操作",mediaAfterCreate:"画像・資料は、保存した後に追加できます。",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",notAllowed:"この画面を使う権限がありません。",none:"なし",saveFirst:"まず保存してください。"},{navChallenges:"Challenges",navCaseStudies:"Case studies",navAgreements:"Agreements",navProjects:"Projects",navAnnouncements:"Announcements",navMethods:"Collaboration methods",listChallenges:"Challenges",listCaseStudies:"Case studies",listAgreements:"Agreements",listProjects:"Projects",listAnnouncements:"Announcements",listMethods:"Other collaboration methods",newChallenge:"New challenge",newCaseStudy:"New case study",newAgreement:"New agreement",newProject:"New project",newAnnouncement:"New announcement",newMethod:"New method",editChallenge:"Edit challenge",editCaseStudy:"Edit case study",editAgreement:"Edit agreement",editProject:"Edit project",editAnnouncement:"Edit announcement",editMethod:"Edit collaboration method",backToList:"Back to the list",filters:"Filters",search:"Keywords",searchHelp:"Words in the title or text.",any:"All",apply:"Filter",clear:"Clear",colTitle:"Title",colState:"Publication",colUpdated:"Updated",colDepartment:"Department",colPeriod:"Period",colLocality:"Municipality",colCategory:"Category",colKind:"Kind",colStatus:"Status",colSigned:"Signed",colPosition:"Position",colKey:"Key",colName:"Name",stateDRAFT:"Draft",statePUBLISHED:"Published",stateARCHIVED:"Archived",stateScheduled:"Scheduled",publishedAt:"Published: {at}",scheduledAt:"Publishes at {at}",version:"Version {n}",title:"Title",name:"Name",background:"Background",desiredOutcome:"Desired outcome",department:"Department",noDepartment:"(none)",tags:"Tags",tagsHelp:"Separate with commas.",opensAt:"Proposals open",closesAt:"Proposals close",isOpen:"Open for proposals",open:"Open",closed:"Not open",locality:"Municipality",localityHelp:"It may be another city (e.g. Aomori).",program:"PPP desk or programme name",category:"Category",catPARTNERSHIP:"Partnership",catDEMONSTRATION:"Field trial",catAGREEMENT:"Agreement",catOTHER:"Other",startOn:"Start date",endOn:"End date",dateNote:"Schedule as written",dateNoteHelp:'For schedules that are not a date (e.g. "during FY2025").',summary:"Summary",partners:"Partners",parties:"Parties",partnerSearch:"Find partners",partnerNone:"No partner matches.",partnersChosen:"Chosen: {names}",resources:"Resources",resourcesHelp:"What the city and the partner each contribute (people, goods, money, information).",resourcesCaption:"Resources (rows: kind, columns: side)",kindCol:"Kind",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",resCell:"{kind} from the {side}",merits:"Merits and expected effects",meritFor:"Merits for the {side}",meritHelp:"One item per line.",agreementKind:"Kind of agreement",akBUSINESS:"Business agreement",akCOMPREHENSIVE:"Comprehensive agreement",akMEMORANDUM:"Memorandum",agreementStatus:"Status",asPLANNED:"Planned",asACTIVE:"In force",asEXPIRED:"Expired",asTERMINATED:"Terminated",purpose:"Purpose",signedOn:"Signed on",termStartOn:"Term starts",termEndOn:"Term ends",items:"Fields of cooperation",itemsHelp:"One item per line.",projectKind:"Scheme",pkPARTNERSHIP:"Partnership project",pkDEMONSTRATION:"Supported field trial",projectStatus:"Status",psPLANNED:"Planned",psONGOING:"Ongoing",psCOMPLETED:"Completed",psCANCELLED:"Cancelled",site:"Site",leadDepartment:"Lead department",agreement:"Agreement it runs under",noAgreement:"(none)",body:"Body",annCategory:"Category",annCategoryHelp:"e.g. Call, Event, News",methodKey:"Key (ASCII)",methodKeyHelp:"e.g. pfi; used in portal URLs.",description:"Description",position:"Position",saveDraft:"Save",create:"Create",saved:"Saved.",created:"Created.",conflict:"Another staff member updated this first. Please reload.",reloadLatest:"Load the latest",secPublication:"Publication",publishNow:"Publish now",publishAt:"Publish at a time",publishAtLabel:"Publish at",publishAtHelp:"Japan time. A past time publishes now.",schedule:"Schedule",unpublish:"Unpublish (back to draft)",archive:"Archive",published:"Published.",scheduled:"Scheduled.",unpublished:"Back to draft.",archived:"Archived.",confirmPublish:"Publish?",confirmPublishBody:'"{title}" goes on the portal.',confirmUnpublish:"Unpublish?",confirmUnpublishBody:'"{title}" leaves the portal and becomes a draft.',confirmArchive:"Archive?",confirmArchiveBody:'"{title}" will be archived.',pendingNotice:`A department's change waits for approval; "Publish now" applies it.`,preview:"Preview",previewMake:"Make a preview link",previewLink:"Open the preview (valid until {at})",previewTitle:"Preview (draft)",previewNote:"This is the content before publication; the portal does not show it yet.",previewGone:"The preview link has expired or is wrong. Make a new one from the editor.",delete:"Delete",confirmDelete:"Delete?",confirmDeleteBody:'"{title}" will be deleted. Right after deleting you can undo it here.',deleted:'Deleted "{title}".',restoreDeleted:"Undo",restored:"Restored.",secRevisions:"Revisions",revNumber:"Version",revAuthor:"Saved by",revAt:"Saved",revPending:"Awaiting approval",revRestore:"Restore this version",revRestoreNamed:"Restore version {n}",confirmRevRestore:"Restore version {n}?",confirmRevRestoreBody:"Its content is saved as a new draft; live content stays as it is.",revRestored:"Version {n} restored as a draft.",revNone:"No revisions yet.",revCaption:"Revisions",secMedia:"Photos and documents",mediaNone:"No photos or documents yet.",mediaCaption:"Photos and documents",mediaFile:"File",mediaFileHelp:"A photo (JPEG, PNG) or a PDF.",mediaAlt:"Text alternative",mediaAltHelp:"Describe the image in a short sentence for people who cannot see it.",mediaAltFor:'Text alternative of "{file}"',mediaAltMissing:"No text alternative",mediaAltSave:"Save text alternative",mediaAltSaved:'Saved the text alternative of "{file}".',mediaUpload:"Upload",mediaUploaded:'Added "{file}".',mediaChoose:"Choose a file.",mediaAskAlt:"Please write a text alternative for an image.",mediaDelete:"Delete",mediaDeleteNamed:'Delete "{file}"',confirmMediaDelete:'Delete "{file}"?',mediaDeleted:'Deleted "{file}".',mediaType:"Type",mediaSize:"Size",mediaOps:"Actions",mediaAfterCreate:"Photos and documents can be added once it is saved.",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",notAllowed:"You may not use this screen.",none:"None",saveFirst:"Save first."});var te=pe({legend:"URL・検索エンジン・SNS共有",slug:"URLスラッグ",slugHelp:"半角英小文字・数字・ハイフン（-）のみ、100文字まで。空欄なら件名から自動で作ります（日本語の件名は「種類-番号」）。",pageUrl:"ポータルでのURL：",seoDescription:"説明文（検索結果・SNS共有用）",seoHelp:"300文字まで（現在 {n} 文字）。",shareImage:"共有用画像（OGP）",shareImageHelp:"この項目の画像から選びます。画像は右の「画像・資料」で追加してください。",noShareImage:"（なし）",navSettings:"自治体の設定",settingsTitle:"自治体の設定",itemUrlTemplate:"項目ページのURLテンプレート",itemUrlTemplateHelp:"ポータルの各ページのURL。{type}（challenge・agreement・project・case-study・announcement）、{slug}、{id} を置き換えます。例：https://〈ポータルのホスト名〉/{type}/{slug}。空欄にすると外します（サイトマップとフィードの項目リンクも止まります）。",sitemapNote:"サイトマップ：",saved:"保存しました。",save:"保存"},{legend:"URL, search engines and sharing",slug:"URL slug",slugHelp:"Lower-case letters, digits and hyphens only, up to 100. Left empty, one is made from the title (type-number for a Japanese title).",pageUrl:"URL on the portal: ",seoDescription:"Description (search results and link previews)",seoHelp:"Up to 300 characters ({n} now).",shareImage:"Share image (OGP)",shareImageHelp:"One of this item’s images; add images under Photos and documents.",noShareImage:"(none)",navSettings:"Municipality settings",settingsTitle:"Municipality settings",itemUrlTemplate:"URL template of item pages",itemUrlTemplateHelp:"The URL of each page on the portal. {type} (challenge, agreement, project, case-study, announcement), {slug} and {id} are replaced. Example: https://<portal host>/{type}/{slug}. Empty removes it (the sitemap and feed item links stop too).",sitemapNote:"Sitemap: ",saved:"Saved.",save:"Save"});var ke={slug:"",seoDescription:"",shareImageId:""};function Ie(t){return{slug:t.slug,seoDescription:t.seoDescription??"",shareImageId:t.shareImage?.id??""}}function $e(t){let n=t.slug.trim();return{slug:n===""?null:n,seoDescription:t.seoDescription,shareImageId:t.shareImageId}}function Se(t){let n=(t.media??[]).filter(i=>i.contentType.startsWith("image/"));return e(J,{legend:te("legend"),children:[e(P,{label:te("slug"),value:t.form.slug,onInput:i=>t.set("slug",i),help:te("slugHelp"),maxLength:100,testid:"field-slug"}),t.url&&e("p",{class:"help",children:[te("pageUrl"),e("a",{href:t.url,target:"_blank",rel:"noopener noreferrer","data-testid":"item-url",children:t.url})]}),e(K,{label:te("seoDescription"),value:t.form.seoDescription,onInput:i=>t.set("seoDescription",i),rows:3,help:te("seoHelp",{n:[...t.form.seoDescription].length}),testid:"field-seo-description"}),t.media&&e(F,{label:te("shareImage"),value:t.form.shareImageId,onChange:i=>t.set("shareImageId",i),options:[{value:"",label:te("noShareImage")},...n.map(i=>({value:i.id,label:i.alt||i.fileName}))],help:te("shareImageHelp"),testid:"field-share-image"})]})}var Tt="";function ce(t){let[n,i]=h(t.blank),[o,r]=h(()=>{let d=Tt;return Tt="",d});X(()=>{t.item&&i(t.toForm(t.item))},[t.item]);let s=L(async()=>{if(r(""),!t.item){let d=await t.create(n);Tt=l("created"),r(Tt),se(t.path(d));return}await t.update(n,t.item.version),r(l("saved")),await t.q.reload()});return{form:n,set:(d,a)=>i(c=>({...c,[d]:a})),save:()=>{s.run()},busy:s.busy,error:s.error,notice:o,setNotice:r,reload:()=>{s.clear(),t.q.reload()}}}function ye({state:t,publishedAt:n}){return t==="PUBLISHED"&&n&&new Date(n).getTime()>Date.now()?e(j,{tone:"warning",icon:"◇",testid:"pub-state",children:l("stateScheduled")}):e(j,{tone:t==="PUBLISHED"?"success":t==="ARCHIVED"?"neutral":"info",icon:t==="PUBLISHED"?"●":t==="ARCHIVED"?"■":"✎",testid:"pub-state",children:l(`state${t}`)})}var ts=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:"Asia/Tokyo"});function rn(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return"";let i=Object.fromEntries(ts.formatToParts(n).map(r=>[r.type,r.value])),o=i.hour==="24"?"00":i.hour;return`${i.year}-${i.month}-${i.day}T${o}:${i.minute}`}function Ge(t){return t?`${t.length===16?`${t}:00`:t}+09:00`:null}function We(t,n=!1){return(n?t.split(/\r?\n/):t.split(/[、,，\n]/)).map(o=>o.trim()).filter(Boolean)}function on(t){return t<1024?l("bytes",{n:t}):t<1024*1024?l("kb",{n:(t/1024).toFixed(1)}):l("mb",{n:(t/1024/1024).toFixed(1)})}function H(t){return t.trim()===""?null:t}function le(t,n,i){let o=t.map(r=>({value:r,label:n(r)}));return i?[{value:"",label:i},...o]:o}function me({error:t,onReload:n}){return t?t.code==="CONFLICT"?e("div",{class:"banner banner-error",role:"alert","data-testid":"conflict",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:l("conflict")}),e("button",{type:"button",class:"btn btn-small",onClick:n,children:l("reloadLatest")})]}):e(S,{error:t}):null}function ne({title:t,list:n,listLabel:i,children:o}){return e("div",{class:"content-head",children:[e("p",{class:"content-back",children:e("a",{href:R(n),children:["← ",l("backToList"),"（",i,"）"]})}),e("h1",{children:t}),o]})}var Gr=v(`
  mutation ContentPublish($id: ID!, $at: DateTime) {
    publish(id: $id, at: $at) {
      id
    }
  }
`),ns=v(`
  mutation ContentUnpublish($id: ID!) {
    unpublish(id: $id) {
      id
    }
  }
`),is=v(`
  mutation ContentArchive($id: ID!) {
    archive(id: $id) {
      id
    }
  }
`),rs=v(`
  mutation ContentRestoreDeleted($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),os=v(`
  mutation ContentPreviewToken($id: ID!) {
    createPreviewToken(id: $id) {
      token
      expiresAt
    }
  }
`);function Pe(t){let n=he(),i=oe(n,{resource:"content",action:"publish"}),o=oe(n,{resource:"content",action:"preview"}),r=oe(n,{resource:"content",action:"restore"}),[s,d]=h(null),[a,c]=h(""),[g,u]=h(""),[C,y]=h(!1),[m,b]=h(null),A=L(async w=>{switch(u(""),w){case"publish":await x(Gr,{id:t.id,at:null}),u(l("published"));break;case"schedule":await x(Gr,{id:t.id,at:Ge(a)}),u(l("scheduled"));break;case"unpublish":await x(ns,{id:t.id}),u(l("unpublished"));break;case"archive":await x(is,{id:t.id}),u(l("archived"));break;case"delete":await t.remove(t.id),y(!0),u(l("deleted",{title:t.title})),d(null);return;case"undo":await x(rs,{id:t.id}),y(!1),u(l("restored")),t.onRestored();return;case"preview":{let fe=await x(os,{id:t.id});b(fe.createPreviewToken);return}}d(null),t.onChanged()}),k=w=>{A.run(w).then(()=>d(null))},O=ae();if(C)return e("section",{"aria-labelledby":`${O}-h`,class:"content-panel",children:[e("h2",{id:`${O}-h`,children:l("secPublication")}),e(B,{children:g}),e(S,{error:A.error}),r&&e($,{variant:"primary",busy:A.busy,onClick:()=>k("undo"),"data-testid":"restore-deleted",children:l("restoreDeleted")})]});let q={publish:{title:l("confirmPublish"),body:l("confirmPublishBody",{title:t.title}),label:l("publishNow"),danger:!1},unpublish:{title:l("confirmUnpublish"),body:l("confirmUnpublishBody",{title:t.title}),label:l("unpublish"),danger:!0},archive:{title:l("confirmArchive"),body:l("confirmArchiveBody",{title:t.title}),label:l("archive"),danger:!0},delete:{title:l("confirmDelete"),body:l("confirmDeleteBody",{title:t.title}),label:l("delete"),danger:!0}},_=s?q[s]:null;return e("section",{"aria-labelledby":`${O}-h`,class:"content-panel","data-testid":"publication",children:[e("h2",{id:`${O}-h`,children:l("secPublication")}),t.state&&e("p",{children:[e(ye,{state:t.state,publishedAt:t.publishedAt})," ",t.publishedAt&&(new Date(t.publishedAt).getTime()>Date.now()?l("scheduledAt",{at:M(t.publishedAt)}):l("publishedAt",{at:M(t.publishedAt)}))]}),t.pending&&e("p",{class:"content-pending",children:l("pendingNotice")}),e(B,{children:g}),e(S,{error:A.error}),t.state&&i&&e(T,{children:[e("div",{class:"actions",children:[e($,{variant:"primary",onClick:()=>d("publish"),"data-testid":"publish-now",children:l("publishNow")}),t.state!=="DRAFT"&&e($,{onClick:()=>d("unpublish"),"data-testid":"unpublish",children:l("unpublish")}),t.state!=="ARCHIVED"&&e($,{onClick:()=>d("archive"),"data-testid":"archive",children:l("archive")})]}),e("form",{class:"content-schedule",onSubmit:w=>{w.preventDefault(),a&&k("schedule")},children:e(J,{legend:l("publishAt"),children:[e(P,{label:l("publishAtLabel"),type:"datetime-local",value:a,onInput:c,help:l("publishAtHelp"),required:!0,testid:"publish-at"}),e($,{type:"submit",busy:A.busy,disabled:!a,"data-testid":"schedule",children:l("schedule")})]})})]}),e("div",{class:"actions",children:[o&&t.state&&e($,{onClick:()=>k("preview"),busy:A.busy,"data-testid":"make-preview",children:l("previewMake")}),m&&e("a",{class:"btn btn-link",href:R(`/preview/${m.token}`),"data-testid":"preview-link",children:l("previewLink",{at:M(m.expiresAt)})}),e($,{variant:"danger",onClick:()=>d("delete"),"data-testid":"delete",children:l("delete")})]}),e(ie,{open:_!==null,title:_?.title??"",confirmLabel:_?.label,danger:_?.danger,busy:A.busy,onConfirm:()=>s&&k(s),onCancel:()=>d(null),children:e("p",{children:_?.body})})]})}var as=v(`
  query ContentRevisions($id: ID!) {
    revisions(id: $id) {
      id
      number
      author {
        displayName
      }
      createdAt
      pending
    }
  }
`),ss=v(`
  mutation ContentRestoreRevision($id: ID!) {
    restoreRevision(id: $id) {
      id
    }
  }
`);function we({id:t,version:n,onRestored:i}){let o=he(),r=oe(o,{resource:"content",action:"readRevisions"}),s=oe(o,{resource:"content",action:"revisions"}),d=N(as,{id:t},!r),a=Ne(n);X(()=>{a.current!==n&&(a.current=n,d.reload())},[n]);let[c,g]=h(null),[u,C]=h(""),y=L(async A=>{await x(ss,{id:A.id}),C(l("revRestored",{n:A.number})),g(null),i()}),m=ae();if(!r)return null;let b=d.data?.revisions??[];return e("section",{"aria-labelledby":m,class:"content-panel",children:[e("h2",{id:m,children:l("secRevisions")}),e(B,{children:u}),e(S,{error:d.error??y.error}),b.length===0?e("p",{children:l("revNone")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"revisions",children:[e("caption",{class:"visually-hidden",children:l("revCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:l("revNumber")}),e("th",{scope:"col",children:l("revAuthor")}),e("th",{scope:"col",children:l("revAt")}),s&&e("th",{scope:"col",children:l("mediaOps")})]})}),e("tbody",{children:b.map(A=>e("tr",{children:[e("td",{children:[A.number," ",A.pending&&e(j,{tone:"warning",icon:"△",children:l("revPending")})]}),e("td",{children:A.author?.displayName??"—"}),e("td",{children:M(A.createdAt)}),s&&e("td",{children:e($,{variant:"link",onClick:()=>g({id:A.id,number:A.number}),children:l("revRestoreNamed",{n:A.number})})})]},A.id))})]})}),e(ie,{open:c!==null,title:c?l("confirmRevRestore",{n:c.number}):"",confirmLabel:l("revRestore"),busy:y.busy,onConfirm:()=>c&&void y.run(c),onCancel:()=>g(null),children:e("p",{children:l("confirmRevRestoreBody")})})]})}v(`
  fragment ContentMediaItem on Media {
    id
    fileName
    contentType
    size
    url
    alt
  }
`);var ls=v(`
  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
    attachMedia(contentId: $contentId, file: $file, alt: $alt) {
      id
      fileName
    }
  }
`),ds=v(`
  mutation ContentUpdateMedia($id: ID!, $alt: String!) {
    updateMedia(id: $id, alt: $alt) {
      id
      alt
    }
  }
`),us=v(`
  mutation ContentDeleteMedia($id: ID!) {
    deleteMedia(id: $id)
  }
`);function ps({m:t,onSaved:n}){let[i,o]=h(t.alt);X(()=>o(t.alt),[t.alt]);let r=L(async()=>{await x(ds,{id:t.id,alt:i}),n(l("mediaAltSaved",{file:t.fileName}))});return e("form",{class:"content-alt",onSubmit:s=>{s.preventDefault(),r.run()},children:[e(P,{label:l("mediaAltFor",{file:t.fileName}),value:i,onInput:o,maxLength:250,error:r.error?r.error.clerkMessage():void 0}),e($,{type:"submit",busy:r.busy,disabled:i===t.alt,children:l("mediaAltSave")})]})}function xe({contentId:t,media:n,onChanged:i}){let o=he(),r=oe(o,{resource:"content",action:"media"}),[s,d]=h(null),[a,c]=h(""),[g,u]=h(""),[C,y]=h(""),[m,b]=h(null),A=L(async _=>{let w=await It(ls,{contentId:t,file:null,alt:H(a)},[{path:"variables.file",file:s}]);u(l("mediaUploaded",{file:w.attachMedia.fileName})),d(null),c(""),_.reset(),i()}),k=L(async _=>{await x(us,{id:_.id}),u(l("mediaDeleted",{file:_.fileName})),b(null),i()}),O=ae(),q=ae();return e("section",{"aria-labelledby":O,class:"content-panel","data-testid":"media",children:[e("h2",{id:O,children:l("secMedia")}),e(B,{children:g}),e(S,{error:A.error??k.error}),n.length===0?e("p",{children:l("mediaNone")}):e("ul",{class:"content-media",children:n.map(_=>e("li",{children:[e("p",{children:[e("strong",{children:_.fileName}),"（",_.contentType,"、",on(_.size),"）"," ",_.contentType.startsWith("image/")&&_.alt===""&&e(j,{tone:"warning",icon:"!",children:l("mediaAltMissing")})]}),r&&e("div",{class:"content-media-ops",children:[e(ps,{m:_,onSaved:u}),e($,{variant:"danger",onClick:()=>b(_),"aria-label":l("mediaDeleteNamed",{file:_.fileName}),children:l("mediaDelete")})]})]},_.id))}),r&&e("form",{class:"content-upload",onSubmit:_=>{if(_.preventDefault(),y(""),!s)return y(l("mediaChoose"));if(s.type.startsWith("image/")&&a.trim()==="")return y(l("mediaAskAlt"));A.run(_.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:q,children:l("mediaFile")}),e("input",{id:q,type:"file",accept:"image/jpeg,image/png,image/gif,image/webp,application/pdf","aria-describedby":`${q}-help`,"data-testid":"media-file",onChange:_=>d(_.currentTarget.files?.[0]??null)}),e("p",{class:"help",id:`${q}-help`,children:l("mediaFileHelp")})]}),e(P,{label:l("mediaAlt"),value:a,onInput:c,help:l("mediaAltHelp"),maxLength:250,testid:"media-alt",error:C||void 0}),e($,{type:"submit",variant:"primary",busy:A.busy,"data-testid":"media-upload",children:l("mediaUpload")})]}),e(ie,{open:m!==null,title:m?l("confirmMediaDelete",{file:m.fileName}):"",confirmLabel:l("mediaDelete"),danger:!0,busy:k.busy,onConfirm:()=>m&&void k.run(m),onCancel:()=>b(null)})]})}var Fe=["CITY","PARTNER"],Et=["PEOPLE","GOODS","MONEY","INFORMATION"];function Nt(t){let n={};for(let i of t){let o=`${i.side}/${i.kind}`;n[o]=n[o]?`${n[o]}
${i.description}`:i.description}return n}function Ft(t){let n=[];for(let i of Fe)for(let o of Et){let r=(t[`${i}/${o}`]??"").trim();r&&n.push({side:i,kind:o,description:r})}return n}function _t({value:t,onChange:n}){let i=ae();return e(J,{legend:l("resources"),children:[e("p",{class:"help",children:l("resourcesHelp")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix content-matrix","data-testid":"resources-editor",children:[e("caption",{class:"visually-hidden",children:l("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:l("kindCol")}),Fe.map(o=>e("th",{scope:"col",children:l(`side${o}`)},o))]})}),e("tbody",{children:Et.map(o=>e("tr",{children:[e("th",{scope:"row",children:l(`res${o}`)}),Fe.map(r=>{let s=`${i}-${r}-${o}`;return e("td",{children:[e("label",{for:s,class:"visually-hidden",children:l("resCell",{side:l(`side${r}`),kind:l(`res${o}`)})}),e("textarea",{id:s,rows:3,value:t[`${r}/${o}`]??"","data-testid":`res-${r}-${o}`,onInput:d=>n({...t,[`${r}/${o}`]:d.currentTarget.value})})]},r)})]},o))})]})})]})}function Ye(t){let n={CITY:"",PARTNER:""};for(let i of t)n[i.side]=n[i.side]?`${n[i.side]}
${i.description}`:i.description;return n}function Xe(t){return Fe.flatMap(n=>We(t[n],!0).map(i=>({side:n,description:i})))}function Ze({value:t,onChange:n}){return e(J,{legend:l("merits"),class:"content-merits",children:Fe.map(i=>e(K,{label:l("meritFor",{side:l(`side${i}`)}),help:l("meritHelp"),value:t[i],rows:3,testid:`merit-${i}`,onInput:o=>n({...t,[i]:o})},i))})}function ge(t){return e(T,{children:[e("div",{class:"content-listhead",children:[e("h1",{children:t.title}),t.newLabel&&t.newPath&&e("a",{class:"btn btn-primary",href:R(t.newPath),"data-testid":"new-item",children:["＋ ",t.newLabel]})]}),t.filters&&e("form",{class:"content-filters",role:"search",onSubmit:n=>{n.preventDefault(),t.onApply?.()},children:e(J,{legend:l("filters"),children:[e("div",{class:"content-filter-row",children:t.filters}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",children:l("apply")}),e($,{onClick:t.onClear,children:l("clear")})]})]})}),t.children]})}function Te(t){let[n,i]=h(t),[o,r]=h(t),[s,d]=h(null);return{draft:n,setDraft:i,filter:o,apply:()=>{r(n),d(null)},clear:()=>{i(t),r(t),d(null)},after:s,setAfter:d}}var re=20,cs=v(`
  query ContentDepartments {
    municipality {
      departments {
        id
        name
      }
    }
  }
`);function et(t){let n=N(cs,{}),i=[{value:"",label:t.noneLabel},...(n.data?.municipality.departments??[]).map(o=>({value:o.id,label:o.name}))];return e(F,{label:t.label,value:t.value,onChange:t.onChange,options:i,testid:t.testid})}var ms=v(`
  query ContentPartners($search: String) {
    partners(first: 30, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);function tt({legend:t,value:n,onChange:i}){let[o,r]=h(""),[s,d]=h(""),a=N(ms,{search:H(s)}),c=new Set(n.map(y=>y.id)),g=(a.data?.partners.edges??[]).map(y=>y.node).filter(y=>!c.has(y.id)),u=(y,m)=>i(m?[...n,y]:n.filter(b=>b.id!==y.id)),C=ae();return e(J,{legend:t,class:"content-partners",children:[e("ul",{class:"content-checks",children:[...n,...g].map(y=>e("li",{children:[e("input",{id:`${C}-${y.id}`,type:"checkbox",checked:c.has(y.id),onChange:m=>u(y,m.currentTarget.checked)})," ",e("label",{for:`${C}-${y.id}`,children:y.name})]},y.id))}),g.length===0&&n.length===0&&e("p",{children:l("partnerNone")}),e("div",{class:"content-inline",children:[e(P,{label:l("partnerSearch"),type:"search",value:o,onInput:r}),e($,{onClick:()=>d(o),children:l("apply")})]})]})}var Xr=["BUSINESS","COMPREHENSIVE","MEMORANDUM"],Zr=["PLANNED","ACTIVE","EXPIRED","TERMINATED"],gs=v(`
  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          signedOn
          parties {
            name
          }
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function eo(t){let n=Te({search:"",kind:"",status:""}),i={search:H(n.filter.search),kind:H(n.filter.kind),status:H(n.filter.status)},o=N(gs,{first:re,after:n.after,filter:i});return e(ge,{title:l("listAgreements"),newLabel:l("newAgreement"),newPath:"/content/agreements/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(F,{label:l("agreementKind"),value:n.draft.kind,onChange:r=>n.setDraft({...n.draft,kind:r}),options:le(Xr,r=>l(`ak${r}`),l("any"))}),e(F,{label:l("agreementStatus"),value:n.draft.status,onChange:r=>n.setDraft({...n.draft,status:r}),options:le(Zr,r=>l(`as${r}`),l("any"))})]}),children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")}),o.loading&&!o.data&&e(U,{label:D("loading")}),e(Z,{caption:l("listAgreements"),testid:"agreement-list",page:o.data?.agreements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:re,columns:[{header:l("colTitle"),cell:r=>e("a",{href:R(`/content/agreements/${r.id}`),children:r.title})},{header:l("parties"),cell:r=>r.parties.map(s=>s.name).join("、")||"—"},{header:l("colKind"),cell:r=>l(`ak${r.kind}`)},{header:l("colSigned"),cell:r=>W(r.signedOn)||"—"},{header:l("colStatus"),cell:r=>l(`as${r.status}`)},{header:l("colState"),cell:r=>e(ye,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>M(r.updatedAt)}]})]})}var fs=v(`
  query ContentAgreement($id: ID!) {
    agreement(id: $id) {
      id
      kind
      title
      purpose
      parties {
        id
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      status
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),ys=v(`
  mutation ContentAgreementCreate($input: AgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`),hs=v(`
  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
    updateAgreement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),bs=v(`
  mutation ContentAgreementDelete($id: ID!) {
    deleteAgreement(id: $id)
  }
`),Cs={...ke,custom:Ce,kind:"BUSINESS",title:"",purpose:"",parties:[],signedOn:"",termStartOn:"",termEndOn:"",items:"",merits:{CITY:"",PARTNER:""},status:"PLANNED"};function Yr(t){return{...$e(t),customFields:ve(t.custom),kind:t.kind,title:t.title,purpose:t.purpose,partyIds:t.parties.map(n=>n.id),signedOn:H(t.signedOn),termStartOn:H(t.termStartOn),termEndOn:H(t.termEndOn),items:We(t.items,!0),merits:Xe(t.merits),status:t.status}}function to({params:t}){let n=t.id==="new",i=N(fs,{id:t.id??""},n),o=n?null:i.data?.agreement,r=ce({q:i,item:o,blank:Cs,toForm:a=>({...Ie(a),custom:De(a.customFields),kind:a.kind,title:a.title,purpose:a.purpose,parties:a.parties.map(c=>({id:c.id,name:c.name})),signedOn:a.signedOn??"",termStartOn:a.termStartOn??"",termEndOn:a.termEndOn??"",items:a.items.join(`
`),merits:Ye(a.merits),status:a.status}),create:async a=>(await x(ys,{input:Yr(a)})).createAgreement.id,update:(a,c)=>x(hs,{id:t.id,input:Yr(a),version:c}),path:a=>`/content/agreements/${a}`}),s=n?l("newAgreement"):l("editAgreement");if(!n&&!o)return e(T,{children:[e(ne,{title:s,list:"/content/agreements",listLabel:l("listAgreements")}),i.loading?e(U,{label:D("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:D("retry")})]});let d=r.form;return e(T,{children:[e(ne,{title:s,list:"/content/agreements",listLabel:l("listAgreements"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(B,{children:r.notice}),e(me,{error:r.error,onReload:r.reload}),e(P,{label:l("name"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(F,{label:l("agreementKind"),value:d.kind,onChange:a=>r.set("kind",a),options:le(Xr,a=>l(`ak${a}`))}),e(F,{label:l("agreementStatus"),value:d.status,onChange:a=>r.set("status",a),options:le(Zr,a=>l(`as${a}`))})]}),e(K,{label:l("purpose"),value:d.purpose,onInput:a=>r.set("purpose",a),rows:4}),e(tt,{legend:l("parties"),value:d.parties,onChange:a=>r.set("parties",a)}),e(K,{label:l("items"),value:d.items,onInput:a=>r.set("items",a),help:l("itemsHelp"),rows:5,testid:"field-items"}),e(Ae,{target:"AGREEMENT",value:d.custom,onChange:a=>r.set("custom",a)}),e(P,{label:l("signedOn"),type:"date",value:d.signedOn,onInput:a=>r.set("signedOn",a),help:W(d.signedOn),testid:"field-signed"}),e("div",{class:"content-pair",children:[e(P,{label:l("termStartOn"),type:"date",value:d.termStartOn,onInput:a=>r.set("termStartOn",a),help:W(d.termStartOn),testid:"field-term-start"}),e(P,{label:l("termEndOn"),type:"date",value:d.termEndOn,onInput:a=>r.set("termEndOn",a),help:W(d.termEndOn),testid:"field-term-end"})]}),e(Ze,{value:d.merits,onChange:a=>r.set("merits",a)}),e(Se,{form:d,set:(a,c)=>r.set(a,c),media:o?.media,url:o?.url}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(Pe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(bs,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(xe,{contentId:o.id,media:o.media,onChanged:r.reload}),e(we,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var Ds=v(`
  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          category
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function io(t){let n=Te({search:"",category:""}),i={search:H(n.filter.search),category:H(n.filter.category)},o=N(Ds,{first:re,after:n.after,filter:i});return e(ge,{title:l("listAnnouncements"),newLabel:l("newAnnouncement"),newPath:"/content/announcements/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(P,{label:l("annCategory"),value:n.draft.category,onInput:r=>n.setDraft({...n.draft,category:r}),help:l("annCategoryHelp")})]}),children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")}),o.loading&&!o.data&&e(U,{label:D("loading")}),e(Z,{caption:l("listAnnouncements"),testid:"announcement-list",page:o.data?.announcements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:re,columns:[{header:l("colTitle"),cell:r=>e("a",{href:R(`/content/announcements/${r.id}`),children:r.title})},{header:l("colCategory"),cell:r=>r.category||"—"},{header:l("colState"),cell:r=>e(ye,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>M(r.updatedAt)}]})]})}var vs=v(`
  query ContentAnnouncement($id: ID!) {
    announcement(id: $id) {
      id
      title
      body
      category
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),As=v(`
  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`),ks=v(`
  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
    updateAnnouncement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Is=v(`
  mutation ContentAnnouncementDelete($id: ID!) {
    deleteAnnouncement(id: $id)
  }
`),$s={...ke,title:"",body:"",category:"",custom:Ce};function no(t){return{...$e(t),title:t.title,body:t.body,category:t.category,customFields:ve(t.custom)}}function ro({params:t}){let n=t.id==="new",i=N(vs,{id:t.id??""},n),o=n?null:i.data?.announcement,r=ce({q:i,item:o,blank:$s,toForm:a=>({...Ie(a),title:a.title,body:a.body,category:a.category,custom:De(a.customFields)}),create:async a=>(await x(As,{input:no(a)})).createAnnouncement.id,update:(a,c)=>x(ks,{id:t.id,input:no(a),version:c}),path:a=>`/content/announcements/${a}`}),s=n?l("newAnnouncement"):l("editAnnouncement");if(!n&&!o)return e(T,{children:[e(ne,{title:s,list:"/content/announcements",listLabel:l("listAnnouncements")}),i.loading?e(U,{label:D("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:D("retry")})]});let d=r.form;return e(T,{children:[e(ne,{title:s,list:"/content/announcements",listLabel:l("listAnnouncements"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(B,{children:r.notice}),e(me,{error:r.error,onReload:r.reload}),e(P,{label:l("title"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(P,{label:l("annCategory"),value:d.category,onInput:a=>r.set("category",a),help:l("annCategoryHelp"),maxLength:50}),e(K,{label:l("body"),value:d.body,onInput:a=>r.set("body",a),rows:10,testid:"field-body"}),e(Se,{form:d,set:(a,c)=>r.set(a,c),media:o?.media,url:o?.url}),e(Ae,{target:"ANNOUNCEMENT",value:d.custom,onChange:a=>r.set("custom",a)}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(Pe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(Is,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(xe,{contentId:o.id,media:o.media,onChanged:r.reload}),e(we,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var ao=["PARTNERSHIP","DEMONSTRATION","AGREEMENT","OTHER"],Ss=v(`
  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          locality
          category
          startOn
          endOn
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function so(t){let n=Te({search:"",category:"",locality:""}),i={search:H(n.filter.search),category:H(n.filter.category)??null,locality:H(n.filter.locality)},o=N(Ss,{first:re,after:n.after,filter:i});return e(ge,{title:l("listCaseStudies"),newLabel:l("newCaseStudy"),newPath:"/content/case-studies/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(F,{label:l("category"),value:n.draft.category,onChange:r=>n.setDraft({...n.draft,category:r}),options:le(ao,r=>l(`cat${r}`),l("any"))}),e(P,{label:l("locality"),value:n.draft.locality,onInput:r=>n.setDraft({...n.draft,locality:r})})]}),children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")}),o.loading&&!o.data&&e(U,{label:D("loading")}),e(Z,{caption:l("listCaseStudies"),testid:"case-study-list",page:o.data?.caseStudies,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:re,columns:[{header:l("colTitle"),cell:r=>e("a",{href:R(`/content/case-studies/${r.id}`),children:r.title})},{header:l("colLocality"),cell:r=>r.locality||"—"},{header:l("colCategory"),cell:r=>l(`cat${r.category}`)},{header:l("colPeriod"),cell:r=>r.startOn||r.endOn?`${W(r.startOn)} 〜 ${W(r.endOn)}`:"—"},{header:l("colState"),cell:r=>e(ye,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>M(r.updatedAt)}]})]})}var Ps=v(`
  query ContentCaseStudy($id: ID!) {
    caseStudy(id: $id) {
      id
      title
      locality
      program
      category
      partners {
        id
        name
      }
      startOn
      endOn
      dateNote
      summary
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),ws=v(`
  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
    }
  }
`),xs=v(`
  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
    updateCaseStudy(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Ts=v(`
  mutation ContentCaseStudyDelete($id: ID!) {
    deleteCaseStudy(id: $id)
  }
`),Es={...ke,custom:Ce,title:"",locality:"",program:"",category:"PARTNERSHIP",partners:[],startOn:"",endOn:"",dateNote:"",summary:"",resources:{},merits:{CITY:"",PARTNER:""},tags:""};function oo(t){return{...$e(t),customFields:ve(t.custom),title:t.title,locality:t.locality,program:t.program,category:t.category,partnerIds:t.partners.map(n=>n.id),startOn:H(t.startOn),endOn:H(t.endOn),dateNote:t.dateNote,summary:t.summary,resources:Ft(t.resources),merits:Xe(t.merits),tags:We(t.tags)}}function lo({params:t}){let n=t.id==="new",i=N(Ps,{id:t.id??""},n),o=n?null:i.data?.caseStudy,r=ce({q:i,item:o,blank:Es,toForm:a=>({...Ie(a),custom:De(a.customFields),title:a.title,locality:a.locality,program:a.program,category:a.category,partners:a.partners.map(c=>({id:c.id,name:c.name})),startOn:a.startOn??"",endOn:a.endOn??"",dateNote:a.dateNote,summary:a.summary,resources:Nt(a.resources),merits:Ye(a.merits),tags:a.tags.join("、")}),create:async a=>(await x(ws,{input:oo(a)})).createCaseStudy.id,update:(a,c)=>x(xs,{id:t.id,input:oo(a),version:c}),path:a=>`/content/case-studies/${a}`}),s=n?l("newCaseStudy"):l("editCaseStudy");if(!n&&!o)return e(T,{children:[e(ne,{title:s,list:"/content/case-studies",listLabel:l("listCaseStudies")}),i.loading?e(U,{label:D("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:D("retry")})]});let d=r.form;return e(T,{children:[e(ne,{title:s,list:"/content/case-studies",listLabel:l("listCaseStudies"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(B,{children:r.notice}),e(me,{error:r.error,onReload:r.reload}),e(P,{label:l("name"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(P,{label:l("locality"),value:d.locality,onInput:a=>r.set("locality",a),help:l("localityHelp"),maxLength:100,testid:"field-locality"}),e(P,{label:l("program"),value:d.program,onInput:a=>r.set("program",a),maxLength:100})]}),e(F,{label:l("category"),value:d.category,onChange:a=>r.set("category",a),options:le(ao,a=>l(`cat${a}`)),testid:"field-category"}),e("div",{class:"content-pair",children:[e(P,{label:l("startOn"),type:"date",value:d.startOn,onInput:a=>r.set("startOn",a),help:W(d.startOn),testid:"field-start"}),e(P,{label:l("endOn"),type:"date",value:d.endOn,onInput:a=>r.set("endOn",a),help:W(d.endOn),testid:"field-end"})]}),e(P,{label:l("dateNote"),value:d.dateNote,onInput:a=>r.set("dateNote",a),help:l("dateNoteHelp"),maxLength:250}),e(K,{label:l("summary"),value:d.summary,onInput:a=>r.set("summary",a),rows:6,testid:"field-summary"}),e(Ae,{target:"CASE_STUDY",value:d.custom,onChange:a=>r.set("custom",a)}),e(tt,{legend:l("partners"),value:d.partners,onChange:a=>r.set("partners",a)}),e(_t,{value:d.resources,onChange:a=>r.set("resources",a)}),e(Ze,{value:d.merits,onChange:a=>r.set("merits",a)}),e(P,{label:l("tags"),value:d.tags,onInput:a=>r.set("tags",a),help:l("tagsHelp")}),e(Se,{form:d,set:(a,c)=>r.set(a,c),media:o?.media,url:o?.url}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(Pe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(Ts,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(xe,{contentId:o.id,media:o.media,onChanged:r.reload}),e(we,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var Ns=v(`
  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          department {
            name
          }
          opensAt
          closesAt
          isOpen
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function po(t){let n=Te({search:"",departmentId:"",isOpen:""}),i={search:H(n.filter.search),departmentId:H(n.filter.departmentId),isOpen:n.filter.isOpen===""?null:n.filter.isOpen==="true"},o=N(Ns,{first:re,after:n.after,filter:i});return e(ge,{title:l("listChallenges"),newLabel:l("newChallenge"),newPath:"/content/challenges/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(et,{label:l("department"),value:n.draft.departmentId,onChange:r=>n.setDraft({...n.draft,departmentId:r}),noneLabel:l("any")}),e(F,{label:l("isOpen"),value:n.draft.isOpen,onChange:r=>n.setDraft({...n.draft,isOpen:r}),options:[{value:"",label:l("any")},{value:"true",label:l("open")},{value:"false",label:l("closed")}]})]}),children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")}),o.loading&&!o.data&&e(U,{label:D("loading")}),e(Z,{caption:l("listChallenges"),testid:"challenge-list",page:o.data?.challenges,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:re,columns:[{header:l("colTitle"),cell:r=>e("a",{href:R(`/content/challenges/${r.id}`),children:r.title})},{header:l("colDepartment"),cell:r=>r.department?.name??"—"},{header:l("colPeriod"),cell:r=>r.opensAt||r.closesAt?`${M(r.opensAt)} 〜 ${M(r.closesAt)}`:"—"},{header:l("colState"),cell:r=>e(ye,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>M(r.updatedAt)}]})]})}var Fs=v(`
  query ContentChallenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      background
      desiredOutcome
      department {
        id
        name
      }
      tags
      opensAt
      closesAt
      isOpen
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),_s=v(`
  mutation ContentChallengeCreate($input: ChallengeInput!) {
    createChallenge(input: $input) {
      id
    }
  }
`),Ms=v(`
  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
    updateChallenge(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),qs=v(`
  mutation ContentChallengeDelete($id: ID!) {
    deleteChallenge(id: $id)
  }
`),Rs={...ke,custom:Ce,title:"",background:"",desiredOutcome:"",departmentId:"",tags:"",opensAt:"",closesAt:""};function uo(t){return{...$e(t),customFields:ve(t.custom),title:t.title,background:t.background,desiredOutcome:t.desiredOutcome,departmentId:H(t.departmentId),tags:We(t.tags),opensAt:Ge(t.opensAt),closesAt:Ge(t.closesAt)}}function co({params:t}){let n=t.id==="new",i=N(Fs,{id:t.id??""},n),o=n?null:i.data?.challenge,r=ce({q:i,item:o,blank:Rs,toForm:a=>({...Ie(a),custom:De(a.customFields),title:a.title,background:a.background,desiredOutcome:a.desiredOutcome,departmentId:a.department?.id??"",tags:a.tags.join("、"),opensAt:rn(a.opensAt),closesAt:rn(a.closesAt)}),create:async a=>(await x(_s,{input:uo(a)})).createChallenge.id,update:(a,c)=>x(Ms,{id:t.id,input:uo(a),version:c}),path:a=>`/content/challenges/${a}`}),s=n?l("newChallenge"):l("editChallenge");if(!n&&!o)return e(T,{children:[e(ne,{title:s,list:"/content/challenges",listLabel:l("listChallenges")}),i.loading?e(U,{label:D("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:D("retry")})]});let d=r.form;return e(T,{children:[e(ne,{title:s,list:"/content/challenges",listLabel:l("listChallenges"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(B,{children:r.notice}),e(me,{error:r.error,onReload:r.reload}),e(P,{label:l("title"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(et,{label:l("department"),value:d.departmentId,onChange:a=>r.set("departmentId",a),noneLabel:l("noDepartment"),testid:"field-department"}),e(K,{label:l("background"),value:d.background,onInput:a=>r.set("background",a),rows:6}),e(K,{label:l("desiredOutcome"),value:d.desiredOutcome,onInput:a=>r.set("desiredOutcome",a),rows:4}),e(Ae,{target:"CHALLENGE",value:d.custom,onChange:a=>r.set("custom",a)}),e(P,{label:l("tags"),value:d.tags,onInput:a=>r.set("tags",a),help:l("tagsHelp")}),e("div",{class:"content-pair",children:[e(P,{label:l("opensAt"),type:"datetime-local",value:d.opensAt,onInput:a=>r.set("opensAt",a),help:M(Ge(d.opensAt))}),e(P,{label:l("closesAt"),type:"datetime-local",value:d.closesAt,onInput:a=>r.set("closesAt",a),help:M(Ge(d.closesAt))})]}),e(Se,{form:d,set:(a,c)=>r.set(a,c),media:o?.media,url:o?.url}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(Pe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(qs,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(xe,{contentId:o.id,media:o.media,onChanged:r.reload}),e(we,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var Os=v(`
  query ContentMethodList($first: Int, $after: String) {
    collaborationMethods(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          key
          name
          position
        }
      }
    }
  }
`);function go(t){let[n,i]=h(null),o=N(Os,{first:re,after:n});return e(ge,{title:l("listMethods"),newLabel:l("newMethod"),newPath:"/content/methods/new",children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")}),o.loading&&!o.data&&e(U,{label:D("loading")}),e(Z,{caption:l("listMethods"),testid:"method-list",page:o.data?.collaborationMethods,after:n,onAfter:i,resetKey:"",rowKey:r=>r.id,pageSize:re,columns:[{header:l("colPosition"),cell:r=>r.position},{header:l("colName"),cell:r=>e("a",{href:R(`/content/methods/${r.id}`),children:r.name})},{header:l("colKey"),cell:r=>e("code",{children:r.key})}]})]})}var Ls=v(`
  query ContentMethod($id: ID!) {
    collaborationMethod(id: $id) {
      id
      key
      name
      description
      position
      version
    }
  }
`),Us=v(`
  mutation ContentMethodCreate($input: CollaborationMethodInput!) {
    createCollaborationMethod(input: $input) {
      id
    }
  }
`),js=v(`
  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
    updateCollaborationMethod(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Bs=v(`
  mutation ContentMethodDelete($id: ID!) {
    deleteCollaborationMethod(id: $id)
  }
`),Vs=v(`
  mutation ContentMethodRestore($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),Hs={key:"",name:"",description:"",position:"0"};function mo(t){let n=Number.parseInt(t.position,10);return{key:t.key,name:t.name,description:t.description,position:Number.isFinite(n)?n:0}}function fo({params:t}){let n=t.id==="new",i=N(Ls,{id:t.id??""},n),o=n?null:i.data?.collaborationMethod,r=ce({q:i,item:o,blank:Hs,toForm:y=>({key:y.key,name:y.name,description:y.description,position:String(y.position)}),create:async y=>(await x(Us,{input:mo(y)})).createCollaborationMethod.id,update:(y,m)=>x(js,{id:t.id,input:mo(y),version:m}),path:y=>`/content/methods/${y}`}),[s,d]=h(!1),[a,c]=h(!1),g=L(async y=>{if(y){await x(Vs,{id:t.id}),c(!1),r.setNotice(l("restored")),r.reload();return}await x(Bs,{id:t.id}),d(!1),c(!0),r.setNotice(l("deleted",{title:o?.name??""}))}),u=n?l("newMethod"):l("editMethod");if(a)return e(T,{children:[e(ne,{title:u,list:"/content/methods",listLabel:l("listMethods")}),e(B,{children:r.notice}),e(S,{error:g.error}),e($,{variant:"primary",busy:g.busy,onClick:()=>{g.run(!0)},"data-testid":"restore-deleted",children:l("restoreDeleted")})]});if(!n&&!o)return e(T,{children:[e(ne,{title:u,list:"/content/methods",listLabel:l("listMethods")}),i.loading?e(U,{label:D("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:D("retry")})]});let C=r.form;return e(T,{children:[e(ne,{title:u,list:"/content/methods",listLabel:l("listMethods"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("form",{class:"content-form",onSubmit:y=>{y.preventDefault(),r.save()},children:[e(B,{children:r.notice}),e(me,{error:r.error,onReload:r.reload}),e(S,{error:g.error}),e(P,{label:l("name"),value:C.name,onInput:y=>r.set("name",y),required:!0,maxLength:200,testid:"field-title"}),e(P,{label:l("methodKey"),value:C.key,onInput:y=>r.set("key",y),help:l("methodKeyHelp"),required:!0,maxLength:50}),e(K,{label:l("description"),value:C.description,onInput:y=>r.set("description",y),rows:6}),e(P,{label:l("position"),type:"number",value:C.position,onInput:y=>r.set("position",y)}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")}),o&&e($,{variant:"danger",onClick:()=>d(!0),"data-testid":"delete",children:l("delete")})]})]}),e(ie,{open:s,title:l("confirmDelete"),confirmLabel:l("delete"),danger:!0,busy:g.busy,onConfirm:()=>{g.run(!1)},onCancel:()=>d(!1),children:e("p",{children:l("confirmDeleteBody",{title:o?.name??""})})})]})}var Ks=v(`
  query ContentPreview($token: String!) {
    preview(token: $token) {
      __typename
      id
      ... on Challenge {
        title
        background
        desiredOutcome
        department {
          name
        }
        tags
        opensAt
        closesAt
        media {
          ...ContentMediaItem
        }
      }
      ... on CaseStudy {
        title
        locality
        program
        caseCategory: category
        startOn
        endOn
        dateNote
        summary
        partners {
          name
        }
        resources {
          side
          kind
          description
        }
        merits {
          side
          description
        }
        tags
        media {
          ...ContentMediaItem
        }
      }
      ... on Agreement {
        title
        agreementKind: kind
        purpose
        parties {
          name
        }
        signedOn
        termStartOn
        termEndOn
        items
        merits {
          side
          description
        }
        agreementStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Project {
        title
        projectKind: kind
        summary
        startOn
        endOn
        site
        leadDepartment {
          name
        }
        partners {
          name
        }
        resources {
          side
          kind
          description
        }
        merits {
          side
          description
        }
        projectStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Announcement {
        title
        body
        category
        media {
          ...ContentMediaItem
        }
      }
    }
  }
`);async function Qs(t){let n={"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},i=Ke();i&&(n.Authorization=`Bearer ${i}`);let o;try{o=await fetch(Yt("graphql"),{method:"POST",headers:n,credentials:"omit",cache:"no-store",body:JSON.stringify({query:Ks.toString(),variables:{token:t}})})}catch{throw new G("NETWORK","")}let r=await o.json().catch(()=>({}));if(r.errors?.length){let s=r.errors[0].extensions?.code;throw new G(s==="UNAUTHENTICATED"||s==="NOT_FOUND"?"NOT_FOUND":"INTERNAL",r.errors[0].message)}if(!r.data)throw new G("UNAVAILABLE",`HTTP ${o.status}`);return r.data}function nt({text:t}){return t?e(T,{children:t.split(/\n{2,}/).map((n,i)=>e("p",{class:"content-pre",children:n},i))}):e("p",{class:"muted",children:"—"})}function z({label:t,value:n}){return e("div",{children:[e("dt",{children:t}),e("dd",{children:n||"—"})]})}function yo({rs:t}){return e("div",{class:"table-wrap",children:e("table",{class:"table matrix",children:[e("caption",{children:l("resources")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:l("kindCol")}),Fe.map(n=>e("th",{scope:"col",children:l(`side${n}`)},n))]})}),e("tbody",{children:Et.map(n=>e("tr",{children:[e("th",{scope:"row",children:l(`res${n}`)}),Fe.map(i=>e("td",{class:"content-pre",children:t.filter(o=>o.side===i&&o.kind===n).map(o=>o.description).join(`
`)||"—"},i))]},n))})]})})}function an({ms:t}){return e(T,{children:[e("h2",{children:l("merits")}),Fe.map(n=>e("div",{children:[e("h3",{children:l("meritFor",{side:l(`side${n}`)})}),e("ul",{children:t.filter(i=>i.side===n).map((i,o)=>e("li",{children:i.description},o))})]},n))]})}function ct({media:t}){return t.length===0?null:e(T,{children:[e("h2",{children:l("secMedia")}),e("ul",{children:t.map(n=>e("li",{children:[n.fileName,"（",on(n.size),"）",n.alt?`: ${n.alt}`:""]},n.id))})]})}function Ws({n:t}){switch(t.__typename){case"Challenge":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(z,{label:l("department"),value:t.department?.name}),e(z,{label:l("opensAt"),value:M(t.opensAt)}),e(z,{label:l("closesAt"),value:M(t.closesAt)}),e(z,{label:l("tags"),value:t.tags.join("、")})]}),e("h2",{children:l("background")}),e(nt,{text:t.background}),e("h2",{children:l("desiredOutcome")}),e(nt,{text:t.desiredOutcome}),e(ct,{media:t.media})]});case"CaseStudy":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(z,{label:l("locality"),value:t.locality}),e(z,{label:l("program"),value:t.program}),e(z,{label:l("category"),value:l(`cat${t.caseCategory}`)}),e(z,{label:l("startOn"),value:W(t.startOn)}),e(z,{label:l("endOn"),value:W(t.endOn)}),e(z,{label:l("dateNote"),value:t.dateNote}),e(z,{label:l("partners"),value:t.partners.map(n=>n.name).join("、")}),e(z,{label:l("tags"),value:t.tags.join("、")})]}),e("h2",{children:l("summary")}),e(nt,{text:t.summary}),e(yo,{rs:t.resources}),e(an,{ms:t.merits}),e(ct,{media:t.media})]});case"Agreement":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(z,{label:l("agreementKind"),value:l(`ak${t.agreementKind}`)}),e(z,{label:l("agreementStatus"),value:l(`as${t.agreementStatus}`)}),e(z,{label:l("parties"),value:t.parties.map(n=>n.name).join("、")}),e(z,{label:l("signedOn"),value:W(t.signedOn)}),e(z,{label:l("termStartOn"),value:W(t.termStartOn)}),e(z,{label:l("termEndOn"),value:W(t.termEndOn)})]}),e("h2",{children:l("purpose")}),e(nt,{text:t.purpose}),e("h2",{children:l("items")}),e("ul",{children:t.items.map((n,i)=>e("li",{children:n},i))}),e(an,{ms:t.merits}),e(ct,{media:t.media})]});case"Project":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(z,{label:l("projectKind"),value:l(`pk${t.projectKind}`)}),e(z,{label:l("projectStatus"),value:l(`ps${t.projectStatus}`)}),e(z,{label:l("leadDepartment"),value:t.leadDepartment?.name}),e(z,{label:l("startOn"),value:W(t.startOn)}),e(z,{label:l("endOn"),value:W(t.endOn)}),e(z,{label:l("site"),value:t.site}),e(z,{label:l("partners"),value:t.partners.map(n=>n.name).join("、")})]}),e("h2",{children:l("summary")}),e(nt,{text:t.summary}),e(yo,{rs:t.resources}),e(an,{ms:t.merits}),e(ct,{media:t.media})]});case"Announcement":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:e(z,{label:l("annCategory"),value:t.category})}),e(nt,{text:t.body}),e(ct,{media:t.media})]});default:return e("h1",{children:l("previewTitle")})}}function ho({params:t}){let n=t.token??"",[i,o]=h(null),[r,s]=h(null);return X(()=>{let d=!0;return o(null),s(null),Qs(n).then(a=>d&&o(a),a=>d&&s(a instanceof G?a:new G("INTERNAL",String(a)))),()=>{d=!1}},[n]),r?e(T,{children:[e("h1",{children:l("previewTitle")}),r.code==="NOT_FOUND"?e("p",{role:"alert",children:l("previewGone")}):e(S,{error:r})]}):i?i.preview?e("article",{class:"content-preview","data-testid":"preview",children:[e("p",{children:[e(j,{tone:"warning",icon:"◎",children:l("previewTitle")})," ",l("previewNote")]}),e(Ws,{n:i.preview})]}):e(T,{children:[e("h1",{children:l("previewTitle")}),e("p",{role:"alert",children:l("previewGone")})]}):e(U,{label:D("loading")})}var Co=["PARTNERSHIP","DEMONSTRATION"],Do=["PLANNED","ONGOING","COMPLETED","CANCELLED"],Js=v(`
  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          startOn
          endOn
          leadDepartment {
            name
          }
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function vo(t){let n=Te({search:"",kind:"",status:"",departmentId:""}),i={search:H(n.filter.search),kind:H(n.filter.kind),status:H(n.filter.status),departmentId:H(n.filter.departmentId)},o=N(Js,{first:re,after:n.after,filter:i});return e(ge,{title:l("listProjects"),newLabel:l("newProject"),newPath:"/content/projects/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(F,{label:l("projectKind"),value:n.draft.kind,onChange:r=>n.setDraft({...n.draft,kind:r}),options:le(Co,r=>l(`pk${r}`),l("any"))}),e(F,{label:l("projectStatus"),value:n.draft.status,onChange:r=>n.setDraft({...n.draft,status:r}),options:le(Do,r=>l(`ps${r}`),l("any"))}),e(et,{label:l("leadDepartment"),value:n.draft.departmentId,onChange:r=>n.setDraft({...n.draft,departmentId:r}),noneLabel:l("any")})]}),children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")}),o.loading&&!o.data&&e(U,{label:D("loading")}),e(Z,{caption:l("listProjects"),testid:"project-list",page:o.data?.projects,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:re,columns:[{header:l("colTitle"),cell:r=>e("a",{href:R(`/content/projects/${r.id}`),children:r.title})},{header:l("colKind"),cell:r=>l(`pk${r.kind}`)},{header:l("colDepartment"),cell:r=>r.leadDepartment?.name??"—"},{header:l("colPeriod"),cell:r=>r.startOn||r.endOn?`${W(r.startOn)} 〜 ${W(r.endOn)}`:"—"},{header:l("colStatus"),cell:r=>l(`ps${r.status}`)},{header:l("colState"),cell:r=>e(ye,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>M(r.updatedAt)}]})]})}var zs=v(`
  query ContentProject($id: ID!) {
    project(id: $id) {
      id
      kind
      title
      summary
      startOn
      endOn
      site
      leadDepartment {
        id
        name
      }
      partners {
        id
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      status
      agreement {
        id
        title
      }
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),Gs=v(`
  query ContentProjectAgreements {
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),Ys=v(`
  mutation ContentProjectCreate($input: ProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`),Xs=v(`
  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
    updateProject(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Zs=v(`
  mutation ContentProjectDelete($id: ID!) {
    deleteProject(id: $id)
  }
`),el={...ke,custom:Ce,kind:"PARTNERSHIP",title:"",summary:"",startOn:"",endOn:"",site:"",leadDepartmentId:"",partners:[],resources:{},merits:{CITY:"",PARTNER:""},status:"PLANNED",agreementId:""};function bo(t){return{...$e(t),customFields:ve(t.custom),kind:t.kind,title:t.title,summary:t.summary,startOn:H(t.startOn),endOn:H(t.endOn),site:t.site,leadDepartmentId:H(t.leadDepartmentId),partnerIds:t.partners.map(n=>n.id),resources:Ft(t.resources),merits:Xe(t.merits),status:t.status,agreementId:H(t.agreementId)}}function Ao({params:t}){let n=t.id==="new",i=N(zs,{id:t.id??""},n),o=N(Gs,{}),r=n?null:i.data?.project,s=ce({q:i,item:r,blank:el,toForm:g=>({...Ie(g),custom:De(g.customFields),kind:g.kind,title:g.title,summary:g.summary,startOn:g.startOn??"",endOn:g.endOn??"",site:g.site,leadDepartmentId:g.leadDepartment?.id??"",partners:g.partners.map(u=>({id:u.id,name:u.name})),resources:Nt(g.resources),merits:Ye(g.merits),status:g.status,agreementId:g.agreement?.id??""}),create:async g=>(await x(Ys,{input:bo(g)})).createProject.id,update:(g,u)=>x(Xs,{id:t.id,input:bo(g),version:u}),path:g=>`/content/projects/${g}`}),d=n?l("newProject"):l("editProject");if(!n&&!r)return e(T,{children:[e(ne,{title:d,list:"/content/projects",listLabel:l("listProjects")}),i.loading?e(U,{label:D("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:D("retry")})]});let a=s.form,c=[{value:"",label:l("noAgreement")},...(o.data?.agreements.edges??[]).map(g=>({value:g.node.id,label:g.node.title}))];return r?.agreement&&!c.some(g=>g.value===r.agreement.id)&&c.push({value:r.agreement.id,label:r.agreement.title}),e(T,{children:[e(ne,{title:d,list:"/content/projects",listLabel:l("listProjects"),children:r&&e("p",{class:"content-sub",children:l("version",{n:r.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:g=>{g.preventDefault(),s.save()},children:[e(B,{children:s.notice}),e(me,{error:s.error,onReload:s.reload}),e(P,{label:l("name"),value:a.title,onInput:g=>s.set("title",g),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(F,{label:l("projectKind"),value:a.kind,onChange:g=>s.set("kind",g),options:le(Co,g=>l(`pk${g}`))}),e(F,{label:l("projectStatus"),value:a.status,onChange:g=>s.set("status",g),options:le(Do,g=>l(`ps${g}`))})]}),e(et,{label:l("leadDepartment"),value:a.leadDepartmentId,onChange:g=>s.set("leadDepartmentId",g),noneLabel:l("noDepartment"),testid:"field-department"}),e(K,{label:l("summary"),value:a.summary,onInput:g=>s.set("summary",g),rows:6}),e(Ae,{target:"PROJECT",value:a.custom,onChange:g=>s.set("custom",g)}),e("div",{class:"content-pair",children:[e(P,{label:l("startOn"),type:"date",value:a.startOn,onInput:g=>s.set("startOn",g),help:W(a.startOn)}),e(P,{label:l("endOn"),type:"date",value:a.endOn,onInput:g=>s.set("endOn",g),help:W(a.endOn)})]}),e(P,{label:l("site"),value:a.site,onInput:g=>s.set("site",g)}),e(tt,{legend:l("partners"),value:a.partners,onChange:g=>s.set("partners",g)}),e(_t,{value:a.resources,onChange:g=>s.set("resources",g)}),e(Ze,{value:a.merits,onChange:g=>s.set("merits",g)}),e(F,{label:l("agreement"),value:a.agreementId,onChange:g=>s.set("agreementId",g),options:c}),e(Se,{form:a,set:(g,u)=>s.set(g,u),media:r?.media,url:r?.url}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:s.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),r?e("aside",{class:"content-side",children:[e(Pe,{id:r.id,title:r.title,state:r.publicationState,publishedAt:r.publishedAt,remove:g=>x(Zs,{id:g}),onChanged:s.reload,onRestored:s.reload}),e(xe,{contentId:r.id,media:r.media,onChanged:s.reload}),e(we,{id:r.id,version:r.version,onRestored:s.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var ko=[{path:"/content/challenges/:id",component:co,permission:{resource:"challenge",action:"write"}},{path:"/content/challenges",component:po,nav:{label:()=>l("navChallenges"),order:200},permission:{resource:"challenge",action:"write"}},{path:"/content/case-studies/:id",component:lo,permission:{resource:"caseStudy",action:"write"}},{path:"/content/case-studies",component:so,nav:{label:()=>l("navCaseStudies"),order:210},permission:{resource:"caseStudy",action:"write"}},{path:"/content/agreements/:id",component:to,permission:{resource:"agreement",action:"write"}},{path:"/content/agreements",component:eo,nav:{label:()=>l("navAgreements"),order:220},permission:{resource:"agreement",action:"write"}},{path:"/content/projects/:id",component:Ao,permission:{resource:"project",action:"write"}},{path:"/content/projects",component:vo,nav:{label:()=>l("navProjects"),order:230},permission:{resource:"project",action:"write"}},{path:"/content/announcements/:id",component:ro,permission:{resource:"announcement",action:"write"}},{path:"/content/announcements",component:io,nav:{label:()=>l("navAnnouncements"),order:240},permission:{resource:"announcement",action:"write"}},{path:"/content/methods/:id",component:fo,permission:{resource:"collaborationMethod",action:"write"}},{path:"/content/methods",component:go,nav:{label:()=>l("navMethods"),order:250},permission:{resource:"collaborationMethod",action:"write"}},{path:"/preview/:token",component:ho,permission:{resource:"content",action:"preview"}}];var p=pe({navInquiries:"お問い合わせ",navAccounts:"職員アカウント",navDepartments:"部署",navWebhooks:"Webhook（外部通知）",navAudit:"操作ログ",filters:"絞り込み",apply:"絞り込む",clearFilters:"条件をクリア",all:"すべて",actions:"操作",status:"状態",createdAt:"登録日時",done:"{what} を行いました。",loadingPerms:"権限を確認しています…",inquiriesTitle:"お問い合わせ",inquiriesCaption:"お問い合わせの一覧（新しい順）",inquiryStatus:"対応状況",inquiryOpen:"未対応",inquiryClosed:"対応済み",receivedAt:"受付日時",subject:"件名",sender:"差出人",affiliation:"所属",name:"氏名",email:"メールアドレス",phone:"電話番号",body:"内容",noAffiliation:"（所属なし）",inquiryTitle:"お問い合わせの詳細",backToInquiries:"お問い合わせの一覧へ戻る",closeInquiry:"対応済みにする",closeInquiryConfirm:"このお問い合わせを対応済みにしますか？",closeInquiryBody:"「{subject}」を対応済みにします。対応済みにしたお問い合わせは元に戻せません。",inquiryClosedNotice:"お問い合わせを対応済みにしました。",answeredAt:"回答日時",notAnswered:"未回答",forwardedTo:"共有先の担当課",notForwarded:"（共有していません）",repliesTitle:"差出人への回答",noReplies:"まだ回答していません。",replySentBy:"{name}（{at}）",replyTitle:"差出人にメールで回答する",replyHelp:"{email} あてに送信し、このお問い合わせに記録します。送信後は取り消せません。",replySubject:"件名",replySubjectHelp:"省略すると「{subject}」になります。",replyBody:"回答の本文",replySend:"回答を送信する",replySentNotice:"{email} あてに回答を送信しました。",forwardTitle:"担当課に共有する",forwardHelp:"共有した担当課の職員は、このお問い合わせを閲覧できるようになり、メールで知らせが届きます。差出人への回答はデスクが行います。",forwardDepartments:"共有先の担当課",forwardNote:"担当課への連絡（任意）",forwardNoteHelp:"お知らせのメールに記載されます。",forwardSend:"共有する",forwardedNotice:"{names} に共有しました。",accountsTitle:"職員アカウント",accountsCaption:"アカウントの一覧",role:"役割",roleDESK:"公民連携デスク",roleDEPARTMENT:"事業担当課",rolePROPOSER:"提案者（事業者等）",roleADMIN:"システム運用者",search:"キーワード（氏名・メールアドレス）",displayName:"表示名（氏名）",belongsTo:"所属",accountActive:"有効",accountDisabled:"無効",disable:"無効にする",enable:"有効にする",disableConfirm:"{name} さんのアカウントを無効にしますか？",disableBody:"無効にすると、このアカウントではサインインできなくなります。あとで有効に戻せます。",enableConfirm:"{name} さんのアカウントを有効にしますか？",enableBody:"有効にすると、このアカウントで再びサインインできるようになります。",cannotToggle:"このアカウントは変更できません。",disabledNotice:"{name} さんのアカウントを無効にしました。",enabledNotice:"{name} さんのアカウントを有効にしました。",newStaff:"職員アカウントを作成",newStaffTitle:"職員アカウントの作成",staffRole:"役割",department:"所属部署",departmentNone:"（選択してください）",departmentHelp:"事業担当課の職員は所属部署が必須です。",initialPassword:"初期パスワード",initialPasswordHelp:"10文字以上。ご本人に安全な方法で伝え、サインイン後に変更してもらってください。",create:"作成する",createdStaffNotice:"{name} さんの職員アカウントを作成しました。",departmentsTitle:"部署",departmentTree:"部署の構成",kind:"階層",kindBUREAU:"局",kindDIVISION:"部",kindSECTION:"課",newDepartment:"部署の追加",deptName:"部署名",parent:"上位の部署",parentTop:"（最上位）",position:"並び順",positionHelp:"同じ上位部署の中で小さい数字ほど先に並びます（省略可）。",add:"追加する",addedDeptNotice:"部署「{name}」を追加しました。",editDepartment:"「{name}」の変更",selectToEdit:"変更する部署を一覧から選んでください。",edit:"変更",rename:"名称・階層を保存",savedDeptNotice:"部署「{name}」を保存しました。",move:"移動する",moveTo:"移動先（上位の部署）",moveHelp:"自分自身やその下位の部署の下には移動できません。最上位へは移動できません。",movedDeptNotice:"部署「{name}」を移動しました。",deleteDept:"削除する",deleteDeptConfirm:"部署「{name}」を削除しますか？",deleteDeptBody:"下位の部署・職員・コンテンツ・提案の担当がある部署は削除できません。",deletedDeptNotice:"部署「{name}」を削除しました。",deptInUse:"この部署は使われているため削除できません。下位の部署・職員・コンテンツ・提案の担当を先に移してください。",noDepartments:"部署はまだありません。",webhooksTitle:"Webhook（外部通知）",webhooksIntro:"コンテンツの公開などを、登録したURLへ自動で知らせます（オープンデータのサイトや庁内システム向け）。",webhooksCaption:"登録済みの送信先",url:"送信先URL",urlHelp:"http:// または https:// で始まるURL。",events:"通知する出来事",eventCONTENT_PUBLISHED:"公開（予約公開を含む）",eventCONTENT_UNPUBLISHED:"公開の取り消し",eventCONTENT_ARCHIVED:"アーカイブ",eventCONTENT_CHANGED:"内容の変更（版の復元など）",active:"有効",inactive:"停止中",register:"登録する",newWebhook:"送信先の登録",secretOnce:"署名用の秘密鍵です。この画面を閉じると二度と表示されません。送信先のシステムに設定してください（本文の HMAC-SHA256 が X-Pppdesk-Signature ヘッダーで届きます）。",secret:"秘密鍵",registeredNotice:"送信先 {url} を登録しました。",deleteWebhook:"削除する",deleteWebhookConfirm:"送信先 {url} を削除しますか？",deleteWebhookBody:"削除すると、この送信先への通知は止まります。",deletedWebhookNotice:"送信先 {url} を削除しました。",deliveries:"送信ログ",deliveryLog:"送信ログを見る",webhookTitle:"送信先の詳細",backToWebhooks:"Webhook の一覧へ戻る",deliveriesCaption:"送信ログ（新しい順、最大{n}件）",event:"出来事",attempts:"試行回数",lastStatusCode:"最後の応答",lastError:"最後のエラー",queuedAt:"受付日時",nextAttemptAt:"次の試行",deliveredAt:"送信成功",deliveryPENDING:"送信待ち",deliveryDELIVERED:"送信済み",deliveryFAILED:"失敗",noResponse:"応答なし",showMore:"さらに表示",webhookMissing:"この送信先は見つかりません（削除された可能性があります）。",chooseEvent:"少なくとも一つ選んでください。",auditTitle:"操作ログ",auditIntro:"だれが、いつ、何を変更したかの記録です（新しい順）。",auditCaption:"操作ログ",at:"日時",actor:"操作した人",action:"操作",target:"対象",changes:"変更内容",system:"（システム・一般の方）",period:"期間",fromDate:"開始日",toDate:"終了日（この日を含む）",targetType:"対象の種類",onlyTarget:"対象 {id} の記録だけを表示しています。",showAllTargets:"すべての対象を表示",thisTargetOnly:"この対象の記録"},{navInquiries:"Inquiries",navAccounts:"Staff accounts",navDepartments:"Departments",navWebhooks:"Webhooks",navAudit:"Audit log",filters:"Filters",apply:"Filter",clearFilters:"Clear filters",all:"All",actions:"Actions",status:"Status",createdAt:"Created",done:"Done: {what}.",loadingPerms:"Checking your rights…",inquiriesTitle:"Inquiries",inquiriesCaption:"Inquiries, newest first",inquiryStatus:"Status",inquiryOpen:"Open",inquiryClosed:"Closed",receivedAt:"Received",subject:"Subject",sender:"From",affiliation:"Affiliation",name:"Name",email:"Email",phone:"Phone",body:"Message",noAffiliation:"(no affiliation)",inquiryTitle:"Inquiry",backToInquiries:"Back to inquiries",closeInquiry:"Mark as handled",closeInquiryConfirm:"Mark this inquiry as handled?",closeInquiryBody:'"{subject}" will be closed. A closed inquiry cannot be reopened.',inquiryClosedNotice:"The inquiry is closed.",answeredAt:"Answered",notAnswered:"Not yet",forwardedTo:"Forwarded to",notForwarded:"(not forwarded)",repliesTitle:"Answers to the sender",noReplies:"No answer yet.",replySentBy:"{name} ({at})",replyTitle:"Answer the sender by email",replyHelp:"Sent to {email} and recorded with this inquiry. It cannot be taken back.",replySubject:"Subject",replySubjectHelp:'Left empty: "{subject}".',replyBody:"Answer",replySend:"Send the answer",replySentNotice:"The answer was sent to {email}.",forwardTitle:"Forward to departments",forwardHelp:"Staff of the chosen departments can then read this inquiry and are told by email. The desk answers the sender.",forwardDepartments:"Departments",forwardNote:"Note to the departments (optional)",forwardNoteHelp:"Included in the email they receive.",forwardSend:"Forward",forwardedNotice:"Forwarded to {names}.",accountsTitle:"Staff accounts",accountsCaption:"Accounts",role:"Role",roleDESK:"PPP desk",roleDEPARTMENT:"Department",rolePROPOSER:"Proposer",roleADMIN:"Platform operator",search:"Keyword (name, email)",displayName:"Display name",belongsTo:"Belongs to",accountActive:"Active",accountDisabled:"Disabled",disable:"Disable",enable:"Enable",disableConfirm:"Disable the account of {name}?",disableBody:"A disabled account cannot sign in. You can enable it again later.",enableConfirm:"Enable the account of {name}?",enableBody:"The account will be able to sign in again.",cannotToggle:"This account cannot be changed.",disabledNotice:"Disabled the account of {name}.",enabledNotice:"Enabled the account of {name}.",newStaff:"Create a staff account",newStaffTitle:"New staff account",staffRole:"Role",department:"Department",departmentNone:"(choose)",departmentHelp:"Required for department staff.",initialPassword:"Initial password",initialPasswordHelp:"At least 10 characters. Tell it to the person safely and have them change it.",create:"Create",createdStaffNotice:"Created the staff account of {name}.",departmentsTitle:"Departments",departmentTree:"Department tree",kind:"Level",kindBUREAU:"Bureau",kindDIVISION:"Division",kindSECTION:"Section",newDepartment:"Add a department",deptName:"Name",parent:"Parent department",parentTop:"(top level)",position:"Position",positionHelp:"Smaller numbers come first among siblings (optional).",add:"Add",addedDeptNotice:'Added "{name}".',editDepartment:'Change "{name}"',selectToEdit:"Choose a department in the tree to change it.",edit:"Change",rename:"Save name and level",savedDeptNotice:'Saved "{name}".',move:"Move",moveTo:"Move under",moveHelp:"Not under itself or its own sub-departments; moving to the top level is not possible.",movedDeptNotice:'Moved "{name}".',deleteDept:"Delete",deleteDeptConfirm:'Delete "{name}"?',deleteDeptBody:"A department with sub-departments, staff, content or proposal assignments cannot be deleted.",deletedDeptNotice:'Deleted "{name}".',deptInUse:"This department is in use and cannot be deleted. Move its sub-departments, staff, content and proposal assignments first.",noDepartments:"No departments yet.",webhooksTitle:"Webhooks",webhooksIntro:"Tell registered URLs automatically when content is published and so on (open-data sites, internal systems).",webhooksCaption:"Registered endpoints",url:"Endpoint URL",urlHelp:"A URL starting with http:// or https://.",events:"Events",eventCONTENT_PUBLISHED:"Published (or scheduled)",eventCONTENT_UNPUBLISHED:"Unpublished",eventCONTENT_ARCHIVED:"Archived",eventCONTENT_CHANGED:"Changed (e.g. a revision restored)",active:"Active",inactive:"Stopped",register:"Register",newWebhook:"Register an endpoint",secretOnce:"The signing secret. It is shown only now: set it in the receiving system (the body's HMAC-SHA256 arrives in the X-Pppdesk-Signature header).",secret:"Secret",registeredNotice:"Registered {url}.",deleteWebhook:"Delete",deleteWebhookConfirm:"Delete the endpoint {url}?",deleteWebhookBody:"Deliveries to this endpoint stop.",deletedWebhookNotice:"Deleted {url}.",deliveries:"Delivery log",deliveryLog:"Delivery log",webhookTitle:"Webhook endpoint",backToWebhooks:"Back to webhooks",deliveriesCaption:"Deliveries, newest first (up to {n})",event:"Event",attempts:"Attempts",lastStatusCode:"Last response",lastError:"Last error",queuedAt:"Queued",nextAttemptAt:"Next attempt",deliveredAt:"Delivered",deliveryPENDING:"Pending",deliveryDELIVERED:"Delivered",deliveryFAILED:"Failed",noResponse:"none",showMore:"Show more",webhookMissing:"This endpoint no longer exists.",chooseEvent:"Choose at least one.",auditTitle:"Audit log",auditIntro:"Who changed what, and when (newest first).",auditCaption:"Audit log",at:"When",actor:"Who",action:"Action",target:"Target",changes:"Changes",system:"(system or the public)",period:"Period",fromDate:"From",toDate:"To (inclusive)",targetType:"Target type",onlyTarget:"Showing the entries of target {id} only.",showAllTargets:"Show all targets",thisTargetOnly:"Entries of this target"});function Re(){let t=he();return(n,i)=>oe(t,{resource:n,action:i})}function it(t){let[n,i]=h({key:t,after:null});return[n.key===t?n.after:null,o=>i({key:t,after:o})]}function Oe(t){let n=new Set(t.map(a=>a.id)),i=new Map,o=[];for(let a of t){let c=a.parent?.id;c&&n.has(c)&&c!==a.id?i.set(c,[...i.get(c)??[],a]):o.push(a)}let r=new Set,s=(a,c)=>{if(r.has(a.id))return null;r.add(a.id);let g=(i.get(a.id)??[]).map(u=>s(u,c+1)).filter(u=>u!==null);return{dept:a,depth:c,children:g}},d=o.map(a=>s(a,0)).filter(a=>a!==null);for(let a of t){let c=r.has(a.id)?null:s(a,0);c&&d.push(c)}return d}function Le(t){return t.flatMap(n=>[n,...Le(n.children)])}function Je(t,n){return`${"　".repeat(n)}${n>0?"└ ":""}${t}`}function Io(t,n){let i=new Set([n]),o=!0;for(;o;){o=!1;for(let r of t){let s=r.parent?.id;s&&i.has(s)&&!i.has(r.id)&&(i.add(r.id),o=!0)}}return i}var tl=v(`
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
`),nl=v(`
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
`),il=v(`
  mutation DeskCreateStaff($input: StaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      displayName
    }
  }
`),rl=v(`
  mutation DeskDisableAccount($id: ID!) {
    disableAccount(id: $id) {
      id
      disabled
    }
  }
`),ol=v(`
  mutation DeskEnableAccount($id: ID!) {
    enableAccount(id: $id) {
      id
      disabled
    }
  }
`),$o=20,So=["DESK","DEPARTMENT","PROPOSER","ADMIN"];function mt(t){return p(`role${t}`)}function al(t){return So.includes(t)?t:null}function Po({query:t}){let n=al(t.get("role")),i=t.get("q")??"",o=`${n}|${i}`,[r,s]=it(o),d=o,[a,c]=h(i),[g,u]=h(""),[C,y]=h(!1),[m,b]=h(null),A=Re(),k=he().me,O=N(tl,{first:$o,after:r,filter:{role:n,search:i||null}}),q=L(async w=>{w.disable?await x(rl,{id:w.id}):await x(ol,{id:w.id}),b(null),u(p(w.disable?"disabledNotice":"enabledNotice",{name:w.name})),await O.reload()}),_=(w,fe)=>se("/desk/accounts",{role:w||void 0,q:fe.trim()||void 0});return e("section",{children:[e("h1",{children:p("accountsTitle")}),e(B,{children:g}),A("account","createStaff")&&!C&&e("div",{class:"actions",children:e($,{variant:"primary",onClick:()=>y(!0),"data-testid":"staff-new",children:p("newStaff")})}),C&&e(sl,{onDone:w=>{y(!1),u(p("createdStaffNotice",{name:w})),O.reload()},onCancel:()=>y(!1)}),e("form",{class:"desk-filters",role:"search","aria-label":p("filters"),onSubmit:w=>{w.preventDefault(),_(n??"",a)},children:[e(F,{label:p("role"),value:n??"",testid:"account-role",onChange:w=>_(w,a),options:[{value:"",label:p("all")},...So.map(w=>({value:w,label:mt(w)}))]}),e(P,{label:p("search"),type:"search",value:a,onInput:c,testid:"account-search"}),e("div",{class:"desk-filter-buttons",children:[e($,{type:"submit",children:p("apply")}),(n||i)&&e($,{variant:"link",onClick:()=>{c(""),_("","")},children:p("clearFilters")})]})]}),e(S,{error:O.error,onRetry:()=>{O.reload()},retryLabel:D("retry")}),e(Z,{caption:p("accountsCaption"),testid:"accounts",page:O.data?.users,after:r,onAfter:s,resetKey:d,pageSize:$o,rowKey:w=>w.id,columns:[{header:p("displayName"),cell:w=>w.displayName},{header:p("email"),cell:w=>w.email??"—"},{header:p("role"),cell:w=>mt(w.role),class:"desk-nowrap"},{header:p("belongsTo"),cell:w=>w.department?.name??w.organization?.name??"—"},{header:p("status"),cell:w=>w.disabled?e(j,{tone:"danger",icon:"×",children:p("accountDisabled")}):e(j,{tone:"success",icon:"✓",children:p("accountActive")})},{header:p("createdAt"),cell:w=>M(w.createdAt),class:"desk-nowrap"},{header:p("actions"),cell:w=>A("account","disable")&&w.id!==k.id?e($,{variant:w.disabled?"secondary":"danger","aria-label":`${p(w.disabled?"enable":"disable")}: ${w.displayName}`,"data-testid":`account-toggle-${w.id}`,onClick:()=>b({id:w.id,name:w.displayName,disable:!w.disabled}),children:p(w.disabled?"enable":"disable")}):null,class:"desk-nowrap"}]}),e(ie,{open:m!==null,title:m?p(m.disable?"disableConfirm":"enableConfirm",{name:m.name}):"",confirmLabel:m?p(m.disable?"disable":"enable"):void 0,danger:m?.disable,busy:q.busy,onConfirm:()=>m&&void q.run(m),onCancel:()=>{q.clear(),b(null)},children:[e("p",{children:m?p(m.disable?"disableBody":"enableBody"):""}),q.error?.code==="CONFLICT"?e("p",{class:"field-error",role:"alert",children:[p("cannotToggle")," ",D("serverSays",{msg:q.error.serverMessage})]}):e(S,{error:q.error})]})]})}function sl({onDone:t,onCancel:n}){let i=N(nl,{}),[o,r]=h(""),[s,d]=h(""),[a,c]=h("DEPARTMENT"),[g,u]=h(""),[C,y]=h(""),m=L(async()=>{let k=await x(il,{input:{email:o,displayName:s,role:a,departmentId:g||null,password:C}});t(k.createStaffAccount.displayName)}),b=k=>m.error?.field===`input.${k}`?m.error.clerkMessage():void 0,A=Le(Oe(i.data?.municipality.departments??[]));return e("form",{class:"desk-panel","aria-labelledby":"staff-form-title",onSubmit:k=>{k.preventDefault(),m.run()},children:[e("h2",{id:"staff-form-title",children:p("newStaffTitle")}),e(S,{error:i.error}),e(F,{label:p("staffRole"),required:!0,value:a,testid:"staff-role",onChange:k=>c(k),options:["DEPARTMENT","DESK"].map(k=>({value:k,label:mt(k)}))}),e(F,{label:p("department"),required:a==="DEPARTMENT",help:p("departmentHelp"),error:b("departmentId"),value:g,testid:"staff-department",onChange:u,options:[{value:"",label:p("departmentNone")},...A.map(k=>({value:k.dept.id,label:Je(k.dept.name,k.depth)}))]}),e(P,{label:p("displayName"),required:!0,value:s,onInput:d,error:b("displayName"),testid:"staff-name",autocomplete:"off"}),e(P,{label:p("email"),type:"email",required:!0,value:o,onInput:r,error:b("email"),testid:"staff-email",autocomplete:"off"}),e(P,{label:p("initialPassword"),type:"password",required:!0,value:C,onInput:y,help:p("initialPasswordHelp"),error:b("password"),testid:"staff-password",autocomplete:"new-password"}),e(S,{error:m.error}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",busy:m.busy,"data-testid":"staff-create",children:p("create")}),e($,{onClick:n,children:D("cancel")})]})]})}var ll=v(`
  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
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
`),dl=v(`
  query DeskAuditActors {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          role
        }
      }
    }
  }
`),wo=50,No=[{value:"inquiry.",ja:"お問い合わせ（すべて）",en:"Inquiries (all)"},{value:"inquiry.submit",ja:"お問い合わせの受付",en:"Inquiry received"},{value:"inquiry.close",ja:"お問い合わせの対応済み",en:"Inquiry closed"},{value:"proposal.",ja:"提案（すべて）",en:"Proposals (all)"},{value:"proposal.assign",ja:"提案の担当課への依頼",en:"Proposal assigned"},{value:"proposal.respond",ja:"担当課の回答",en:"Department answered"},{value:"proposal.link",ja:"提案と事業・協定の結び付け",en:"Proposal linked"},{value:"proposal.message",ja:"対話・庁内メモの投稿",en:"Message posted"},{value:"content.",ja:"コンテンツ（すべて）",en:"Content (all)"},{value:"content.create",ja:"コンテンツの作成",en:"Content created"},{value:"content.update",ja:"コンテンツの更新",en:"Content updated"},{value:"content.delete",ja:"コンテンツの削除",en:"Content deleted"},{value:"content.published",ja:"公開",en:"Published"},{value:"content.draft",ja:"公開の取り消し",en:"Unpublished"},{value:"content.archived",ja:"アーカイブ",en:"Archived"},{value:"content.restore",ja:"版の復元",en:"Revision restored"},{value:"account.",ja:"アカウント（すべて）",en:"Accounts (all)"},{value:"account.createStaff",ja:"職員アカウントの作成",en:"Staff account created"},{value:"account.disable",ja:"アカウントの無効化",en:"Account disabled"},{value:"account.enable",ja:"アカウントの有効化",en:"Account enabled"},{value:"department.",ja:"部署（すべて）",en:"Departments (all)"},{value:"department.save",ja:"部署の追加・変更",en:"Department saved"},{value:"department.delete",ja:"部署の削除",en:"Department deleted"},{value:"organization.",ja:"事業者等（すべて）",en:"Organizations (all)"},{value:"webhook.",ja:"Webhook（すべて）",en:"Webhooks (all)"},{value:"webhook.register",ja:"Webhook の登録",en:"Webhook registered"},{value:"webhook.delete",ja:"Webhook の削除",en:"Webhook deleted"}],Fo=[{value:"Inquiry",ja:"お問い合わせ",en:"Inquiry"},{value:"Proposal",ja:"提案",en:"Proposal"},{value:"User",ja:"アカウント",en:"Account"},{value:"Department",ja:"部署",en:"Department"},{value:"Organization",ja:"事業者等",en:"Organization"},{value:"Challenge",ja:"課題",en:"Challenge"},{value:"CaseStudy",ja:"連携事例",en:"Case study"},{value:"Agreement",ja:"協定",en:"Agreement"},{value:"Project",ja:"事業",en:"Project"},{value:"Announcement",ja:"お知らせ",en:"Announcement"},{value:"CollaborationMethod",ja:"連携手法",en:"Collaboration method"},{value:"Webhook",ja:"Webhook",en:"Webhook"}];function xo(t,n){let i=t.find(o=>o.value.toLowerCase()===n.toLowerCase());return i?ue()==="en"?i.en:i.ja:void 0}function To(t){return`${t}T00:00:00+09:00`}function ul(t){let[n,i,o]=t.split("-").map(Number);return new Date(Date.UTC(n,i-1,o+1)).toISOString().slice(0,10)}var Eo=t=>!!t&&/^\d{4}-\d{2}-\d{2}$/.test(t);function pl(t){let n={},i=t.get("from"),o=t.get("to");return Eo(i)&&(n.from=To(i)),Eo(o)&&(n.to=To(ul(o))),t.get("actor")&&(n.actorId=t.get("actor")),t.get("action")&&(n.action=t.get("action")),t.get("type")&&(n.targetType=t.get("type")),t.get("target")&&(n.targetId=t.get("target")),Object.keys(n).length>0?n:null}function cl(t){let n=encodeURIComponent(t.targetId);switch(t.targetType.toLowerCase()){case"inquiry":return R(`/desk/inquiries/${n}`,{status:"ALL"});case"proposal":return R(`/proposals/${n}`);case"department":return R("/desk/departments",{id:t.targetId});case"webhook":return R(`/desk/webhooks/${n}`);default:return null}}function ml(t){if(!t||t==="{}"||t==="null")return"—";try{let n=JSON.parse(t);if(n&&typeof n=="object"&&"fields"in n&&Array.isArray(n.fields))return n.fields.map(String).join("、")||"—"}catch{}return t}function _o({query:t}){let n=pl(t),i=JSON.stringify(n),[o,r]=it(i),s=N(ll,{first:wo,after:o,filter:n}),d=(a,c)=>{let g=Object.fromEntries(t.entries());g[a]=c,se("/desk/audit",g)};return e("section",{children:[e("h1",{children:p("auditTitle")}),e("p",{children:p("auditIntro")}),e(gl,{query:t},t.toString()),t.get("target")&&e("p",{children:[p("onlyTarget",{id:t.get("target")})," ",e($,{variant:"link",onClick:()=>d("target",void 0),children:p("showAllTargets")})]}),e(S,{error:s.error,onRetry:()=>{s.reload()},retryLabel:D("retry")}),e(Z,{caption:p("auditCaption"),testid:"audit",page:s.data?.auditLog,after:o,onAfter:r,resetKey:i,pageSize:wo,rowKey:a=>`${a.at}|${a.action}|${a.targetType}|${a.targetId}|${a.actor?.id??""}`,columns:[{header:p("at"),cell:a=>M(a.at),class:"desk-nowrap"},{header:p("actor"),cell:a=>a.actor?.displayName??p("system")},{header:p("action"),cell:a=>e(T,{children:[xo(No,a.action)??""," ",e("code",{children:a.action})]})},{header:p("target"),cell:a=>{let c=cl(a),g=`${xo(Fo,a.targetType)??a.targetType} ${a.targetId}`;return e(T,{children:[c?e("a",{href:c,children:g}):g,t.get("target")!==a.targetId&&e(T,{children:[" ",e("a",{href:R("/desk/audit",{...Object.fromEntries(t.entries()),target:a.targetId,type:void 0}),class:"desk-small",children:p("thisTargetOnly")})]})]})},class:"desk-break"},{header:p("changes"),cell:a=>ml(a.changes),class:"desk-break"}]})]})}function gl({query:t}){let n=N(dl,{}),[i,o]=h(t.get("from")??""),[r,s]=h(t.get("to")??""),[d,a]=h(t.get("actor")??""),[c,g]=h(t.get("action")??""),[u,C]=h(t.get("type")??""),y=t.get("target")??void 0,m=["from","to","actor","action","type","target"].some(A=>t.get(A)),b=ue()==="en";return e("form",{class:"desk-panel desk-audit-filters",role:"search","aria-label":p("filters"),onSubmit:A=>{A.preventDefault(),se("/desk/audit",{from:i,to:r,actor:d,action:c,type:u,target:y})},children:[e(J,{legend:p("period"),class:"desk-period",children:[e(P,{label:p("fromDate"),type:"date",value:i,onInput:o,testid:"audit-from"}),e(P,{label:p("toDate"),type:"date",value:r,onInput:s,testid:"audit-to"})]}),e("div",{class:"desk-filters",children:[e(F,{label:p("actor"),value:d,onChange:a,testid:"audit-actor",options:[{value:"",label:p("all")},...(n.data?.users.edges??[]).map(A=>({value:A.node.id,label:`${A.node.displayName}（${mt(A.node.role)}）`}))]}),e(F,{label:p("action"),value:c,onChange:g,testid:"audit-action",options:[{value:"",label:p("all")},...No.map(A=>({value:A.value,label:b?A.en:A.ja}))]}),e(F,{label:p("targetType"),value:u,onChange:C,testid:"audit-type",options:[{value:"",label:p("all")},...Fo.map(A=>({value:A.value,label:b?A.en:A.ja}))]})]}),e("div",{class:"desk-filter-buttons",children:[e($,{type:"submit",variant:"primary","data-testid":"audit-apply",children:p("apply")}),m&&e($,{variant:"link",onClick:()=>se("/desk/audit"),children:p("clearFilters")})]})]})}var fl=v(`
  query SettingsCustomFields($target: CustomFieldTarget!) {
    customFieldDefinitions(target: $target) {
      id
      key
      target
      labelJa
      labelEn
      type
      required
      visibility
      order
      choices {
        value
        labelJa
        labelEn
      }
    }
  }
`),yl=v(`
  mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {
    defineCustomField(input: $input) {
      id
    }
  }
`),hl=v(`
  mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {
    updateCustomField(id: $id, input: $input) {
      id
    }
  }
`),bl=v(`
  mutation SettingsCustomFieldDelete($id: ID!) {
    deleteCustomField(id: $id)
  }
`),Mo=["PROPOSAL","CHALLENGE","AGREEMENT","PROJECT","CASE_STUDY","ANNOUNCEMENT"],Cl=["TEXT","LONG_TEXT","NUMBER","DATE","SINGLE_CHOICE","MULTIPLE_CHOICE","BOOLEAN"],Dl=["PUBLIC","PROPOSER","STAFF"];function qo(t){return E(`target${t}`)}function vl(t){return N(fl,{target:t})}var Al={id:null,key:"",labelJa:"",labelEn:"",type:"TEXT",required:!1,visibility:"STAFF",order:"",choices:""};function kl(t){return{id:t.id,key:t.key,labelJa:t.labelJa,labelEn:t.labelEn,type:t.type,required:t.required,visibility:t.visibility,order:String(t.order),choices:t.choices.map(n=>[n.value,n.labelJa,n.labelEn].join("|")).join(`
`)}}function Il(t,n){let i=t.type==="SINGLE_CHOICE"||t.type==="MULTIPLE_CHOICE";return{key:t.key.trim(),target:n,labelJa:t.labelJa,labelEn:t.labelEn,type:t.type,required:t.required,visibility:t.visibility,order:t.order.trim()===""?null:Number(t.order),choices:i?t.choices.split(`
`).map(o=>o.trim()).filter(o=>o!=="").map(o=>{let[r="",s="",d=""]=o.split("|").map(a=>a.trim());return{value:r,labelJa:s||r,labelEn:d}}):null}}function Ro(t){let[n,i]=h(Mo[0]),o=vl(n),[r,s]=h(null),[d,a]=h(""),[c,g]=h(null),u=L(async b=>{a("");let A=Il(b,n);b.id?await x(hl,{id:b.id,input:A}):await x(yl,{input:A}),a(b.id?E("updated",{label:b.labelJa}):E("defined",{label:b.labelJa})),s(null),await o.reload()}),C=L(async b=>{a(""),await x(bl,{id:b.id}),g(null),a(E("removed",{label:b.labelJa})),await o.reload()}),y=(b,A)=>s(k=>k&&{...k,[b]:A}),m=o.data?.customFieldDefinitions??[];return e(T,{children:[e("h1",{children:E("title")}),e("p",{class:"help",children:E("intro")}),e(F,{label:E("target"),value:n,testid:"custom-field-target",onChange:b=>{i(b),s(null),a("")},options:Mo.map(b=>({value:b,label:qo(b)}))}),e(B,{children:d}),e(S,{error:o.error??C.error,onRetry:()=>{o.reload()},retryLabel:D("retry")}),o.loading&&!o.data&&e(U,{label:D("loading")}),o.data&&m.length===0&&e("p",{"data-testid":"custom-fields-none",children:E("none")}),m.length>0&&e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"custom-fields",children:[e("caption",{children:E("caption",{target:qo(n)})}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:E("order")}),e("th",{scope:"col",children:E("labelJa")}),e("th",{scope:"col",children:E("key")}),e("th",{scope:"col",children:E("type")}),e("th",{scope:"col",children:E("visibility")}),e("th",{scope:"col",children:E("required")}),e("th",{scope:"col",children:p("actions")})]})}),e("tbody",{children:m.map(b=>e("tr",{children:[e("td",{children:b.order}),e("td",{children:[b.labelJa,b.labelEn&&e("span",{class:"help",children:[" / ",b.labelEn]})]}),e("td",{class:"desk-break",children:b.key}),e("td",{children:E(`type${b.type}`)}),e("td",{children:E(`visibility${b.visibility}`)}),e("td",{children:b.required?e(j,{tone:"warning",children:E("required")}):"—"}),e("td",{children:e("div",{class:"desk-row-actions",children:[e($,{variant:"secondary",onClick:()=>s(kl(b)),"aria-label":`${E("edit")}: ${b.labelJa}`,children:E("edit")}),e($,{variant:"danger",onClick:()=>g(b),"aria-label":`${E("remove")}: ${b.labelJa}`,children:E("remove")})]})})]},b.id))})]})}),!r&&e("div",{class:"actions",children:e($,{variant:"primary",onClick:()=>s({...Al}),"data-testid":"custom-field-new",children:E("define")})}),r&&e("form",{class:"desk-panel","data-testid":"custom-field-form",onSubmit:b=>{b.preventDefault(),u.run(r)},children:[e("h2",{children:r.id?E("editTitle",{label:r.labelJa}):E("defineTitle")}),e(S,{error:u.error}),e(P,{label:E("key"),value:r.key,onInput:b=>y("key",b),required:!0,maxLength:40,help:E("keyHelp"),testid:"custom-field-key"}),e(P,{label:E("labelJa"),value:r.labelJa,onInput:b=>y("labelJa",b),required:!0,maxLength:200,testid:"custom-field-label"}),e(P,{label:E("labelEn"),value:r.labelEn,onInput:b=>y("labelEn",b),maxLength:200}),e(F,{label:E("type"),value:r.type,onChange:b=>y("type",b),options:(r.id?[r.type]:Cl).map(b=>({value:b,label:E(`type${b}`)})),help:E("typeFixed"),testid:"custom-field-type"}),(r.type==="SINGLE_CHOICE"||r.type==="MULTIPLE_CHOICE")&&e(K,{label:E("choices"),value:r.choices,onInput:b=>y("choices",b),rows:5,help:E("choicesHelp"),required:!0,testid:"custom-field-choices"}),e(F,{label:E("visibility"),value:r.visibility,onChange:b=>y("visibility",b),options:Dl.map(b=>({value:b,label:E(`visibility${b}`)})),testid:"custom-field-visibility"}),e(be,{label:E("required"),checked:r.required,onChange:b=>y("required",b),help:E("requiredHelp"),testid:"custom-field-required"}),e(P,{label:E("order"),type:"number",value:r.order,onInput:b=>y("order",b)}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",busy:u.busy,"data-testid":"custom-field-save",children:E("save")}),e($,{variant:"secondary",onClick:()=>{s(null),u.clear()},children:E("cancel")})]})]}),e(ie,{open:c!==null,title:c?E("removeTitle",{label:c.labelJa}):"",confirmLabel:E("remove"),danger:!0,busy:C.busy,onConfirm:()=>c&&void C.run(c),onCancel:()=>g(null),children:e("p",{children:E("removeBody")})})]})}var $l=v(`
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
`),Sl=v(`
  mutation DeskDepartmentCreate($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
    }
  }
`),Oo=v(`
  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
    updateDepartment(id: $id, input: $input, version: $version) {
      id
      name
      version
    }
  }
`),Pl=v(`
  mutation DeskDepartmentDelete($id: ID!) {
    deleteDepartment(id: $id)
  }
`),wl=["BUREAU","DIVISION","SECTION"],Lo=()=>wl.map(t=>({value:t,label:p(`kind${t}`)}));function gt(t,n){return t?.field===`input.${n}`?t.clerkMessage():void 0}function Uo({query:t}){let n=N($l,{}),i=Re(),[o,r]=h(""),s=t.get("id")??"",d=n.data?.municipality.departments??[],a=Oe(d),c=d.find(C=>C.id===s),g=i("department","write"),u=async(C,y)=>{r(C),await n.reload(),y!==void 0&&se("/desk/departments",{id:y??void 0})};return e("section",{children:[e("h1",{children:p("departmentsTitle")}),e(B,{children:o}),e(S,{error:n.error,onRetry:()=>{n.reload()},retryLabel:D("retry")}),!n.data&&!n.error&&e(U,{label:D("loading")}),n.data&&e("div",{class:"desk-columns",children:[e("div",{class:"desk-tree","data-testid":"department-tree",children:[e("h2",{id:"dept-tree-title",children:p("departmentTree")}),a.length===0?e("p",{children:p("noDepartments")}):e(jo,{rows:a,selected:s})]}),g&&e("div",{class:"desk-side",children:[c?e(xl,{dept:c,all:d,onDone:u},`${c.id}@${c.version}`):e("p",{class:"help",children:p("selectToEdit")}),e(Tl,{all:d,defaultParent:c?.id??"",onDone:u},`add-${c?.id??""}`)]})]})]})}function jo({rows:t,selected:n}){return e("ul",{children:t.map(i=>e("li",{children:[e("a",{href:R("/desk/departments",{id:i.dept.id}),"aria-current":i.dept.id===n?"true":void 0,"data-testid":`dept-${i.dept.id}`,children:i.dept.name})," ",e("span",{class:"desk-kind",children:["（",p(`kind${i.dept.kind}`),"）"]}),i.children.length>0&&e(jo,{rows:i.children,selected:n})]},i.dept.id))})}function xl({dept:t,all:n,onDone:i}){let[o,r]=h(t.name),[s,d]=h(t.kind),[a,c]=h(t.parent?.id??""),[g,u]=h(!1),C=L(async()=>{let k=await x(Oo,{id:t.id,input:{name:o,kind:s},version:t.version});await i(p("savedDeptNotice",{name:k.updateDepartment.name}))}),y=L(async()=>{await x(Oo,{id:t.id,input:{parentId:a},version:t.version}),await i(p("movedDeptNotice",{name:t.name}))}),m=L(async()=>{await x(Pl,{id:t.id}),u(!1),await i(p("deletedDeptNotice",{name:t.name}),null)}),b=Io(n,t.id),A=Le(Oe(n)).filter(k=>!b.has(k.dept.id));return e("div",{class:"desk-panel","data-testid":"department-edit",children:[e("h2",{children:p("editDepartment",{name:t.name})}),e("form",{"aria-label":p("rename"),onSubmit:k=>{k.preventDefault(),C.run()},children:[e(P,{label:p("deptName"),required:!0,value:o,onInput:r,error:gt(C.error,"name"),testid:"dept-edit-name"}),e(F,{label:p("kind"),value:s,onChange:k=>d(k),options:Lo(),testid:"dept-edit-kind"}),e(S,{error:C.error}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:C.busy,"data-testid":"dept-rename",children:p("rename")})})]}),e("form",{"aria-label":p("move"),onSubmit:k=>{k.preventDefault(),y.run()},children:[e(F,{label:p("moveTo"),help:p("moveHelp"),value:a,onChange:c,error:gt(y.error,"parentId"),testid:"dept-move-parent",options:[...t.parent?[]:[{value:"",label:p("parentTop")}],...A.map(k=>({value:k.dept.id,label:Je(k.dept.name,k.depth)}))]}),e(S,{error:y.error}),e("div",{class:"actions",children:e($,{type:"submit",busy:y.busy,disabled:!a||a===(t.parent?.id??""),"data-testid":"dept-move",children:p("move")})})]}),e("div",{class:"actions",children:e($,{variant:"danger",onClick:()=>u(!0),"data-testid":"dept-delete",children:p("deleteDept")})}),e(ie,{open:g,title:p("deleteDeptConfirm",{name:t.name}),confirmLabel:p("deleteDept"),danger:!0,busy:m.busy,onConfirm:()=>{m.run()},onCancel:()=>{m.clear(),u(!1)},children:[e("p",{children:p("deleteDeptBody")}),m.error?.code==="CONFLICT"&&e("p",{class:"field-error",role:"alert","data-testid":"dept-in-use",children:[p("deptInUse"),e("br",{}),D("serverSays",{msg:m.error.serverMessage})]}),m.error&&m.error.code!=="CONFLICT"&&e(S,{error:m.error})]})]})}function Tl({all:t,defaultParent:n,onDone:i}){let[o,r]=h(""),[s,d]=h("SECTION"),[a,c]=h(n),[g,u]=h(""),C=L(async()=>{let m=g.trim()===""?null:Number(g),b=await x(Sl,{input:{name:o,kind:s,parentId:a||null,position:m}});r(""),u(""),await i(p("addedDeptNotice",{name:b.createDepartment.name}),b.createDepartment.id)}),y=Le(Oe(t));return e("form",{class:"desk-panel","aria-labelledby":"dept-add-title","data-testid":"department-add",onSubmit:m=>{m.preventDefault(),C.run()},children:[e("h2",{id:"dept-add-title",children:p("newDepartment")}),e(P,{label:p("deptName"),required:!0,value:o,onInput:r,error:gt(C.error,"name"),testid:"dept-add-name"}),e(F,{label:p("kind"),value:s,onChange:m=>d(m),options:Lo(),testid:"dept-add-kind"}),e(F,{label:p("parent"),value:a,onChange:c,error:gt(C.error,"parentId"),testid:"dept-add-parent",options:[{value:"",label:p("parentTop")},...y.map(m=>({value:m.dept.id,label:Je(m.dept.name,m.depth)}))]}),e(P,{label:p("position"),type:"number",value:g,onInput:u,help:p("positionHelp"),error:gt(C.error,"position"),testid:"dept-add-position"}),e(S,{error:C.error}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:C.busy,"data-testid":"dept-add",children:p("add")})})]})}var El=v(`
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
`),Bo=20;function sn({status:t}){return t==="OPEN"?e(j,{tone:"warning",icon:"●",children:p("inquiryOpen")}):e(j,{tone:"success",icon:"✓",children:p("inquiryClosed")})}function Nl(t){let n=t.get("status");return n==="ALL"?null:n==="CLOSED"?"CLOSED":"OPEN"}function Vo({query:t}){let n=Nl(t),i=String(n),[o,r]=it(i),s=N(El,{first:Bo,after:o,status:n});return e("section",{children:[e("h1",{children:p("inquiriesTitle")}),e("form",{class:"desk-filters",role:"search","aria-label":p("filters"),onSubmit:d=>d.preventDefault(),children:e(F,{label:p("inquiryStatus"),value:n??"ALL",testid:"inquiry-status",onChange:d=>se("/desk/inquiries",{status:d==="OPEN"?void 0:d}),options:[{value:"OPEN",label:p("inquiryOpen")},{value:"CLOSED",label:p("inquiryClosed")},{value:"ALL",label:p("all")}]})}),e(S,{error:s.error,onRetry:()=>{s.reload()},retryLabel:D("retry")}),e(Z,{caption:p("inquiriesCaption"),testid:"inquiries",page:s.data?.inquiries,after:o,onAfter:r,resetKey:i,pageSize:Bo,rowKey:d=>d.id,columns:[{header:p("receivedAt"),cell:d=>M(d.createdAt),class:"desk-nowrap"},{header:p("subject"),cell:d=>e("a",{href:R(`/desk/inquiries/${encodeURIComponent(d.id)}`,{status:t.get("status")??void 0}),children:d.subject})},{header:p("sender"),cell:d=>`${d.name}${d.affiliation?`（${d.affiliation}）`:""}`},{header:p("inquiryStatus"),cell:d=>e(sn,{status:d.status})}]})]})}var Fl=v(`
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
        answeredAt
        forwardedTo {
          id
          name
        }
        replies {
          id
          subject
          body
          sentBy
          sentAt
        }
      }
    }
  }
`),_l=v(`
  mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {
    replyToInquiry(id: $id, input: $input) {
      id
      answeredAt
    }
  }
`),Ml=v(`
  mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {
    forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {
      id
      forwardedTo {
        id
      }
    }
  }
`),ql=v(`
  query DeskInquiryDepartments {
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
`),Rl=v(`
  mutation DeskInquiryClose($id: ID!) {
    closeInquiry(id: $id) {
      id
      status
    }
  }
`);function Ho({params:t,query:n}){let i=N(Fl,{id:t.id}),o=Re(),[r,s]=h(!1),[d,a]=h(""),c=L(async()=>{await x(Rl,{id:t.id}),s(!1),a(p("inquiryClosedNotice")),await i.reload()}),g=e("p",{children:e("a",{href:R("/desk/inquiries",{status:n.get("status")??void 0}),children:["← ",p("backToInquiries")]})});if(i.error)return e("section",{children:[e("h1",{children:p("inquiryTitle")}),e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:D("retry")}),g]});let u=i.data?.node;return i.data?!u||!("subject"in u)?e("section",{children:[e("h1",{children:p("inquiryTitle")}),e(S,{error:new G("NOT_FOUND","")}),g]}):e("section",{children:[g,e("h1",{children:[p("inquiryTitle"),": ",u.subject]}),e(B,{children:d}),e("dl",{class:"desk-dl","data-testid":"inquiry-detail",children:[e("dt",{children:p("inquiryStatus")}),e("dd",{children:e(sn,{status:u.status})}),e("dt",{children:p("receivedAt")}),e("dd",{children:M(u.createdAt)}),e("dt",{children:p("name")}),e("dd",{children:u.name}),e("dt",{children:p("affiliation")}),e("dd",{children:u.affiliation||p("noAffiliation")}),e("dt",{children:p("email")}),e("dd",{children:u.email}),e("dt",{children:p("phone")}),e("dd",{children:u.phone||"—"}),e("dt",{children:p("subject")}),e("dd",{children:u.subject}),e("dt",{children:p("answeredAt")}),e("dd",{children:u.answeredAt?M(u.answeredAt):p("notAnswered")}),e("dt",{children:p("forwardedTo")}),e("dd",{"data-testid":"inquiry-forwarded-to",children:u.forwardedTo.length?u.forwardedTo.map(C=>C.name).join("、"):p("notForwarded")})]}),e("h2",{children:p("body")}),e("div",{class:"desk-body","data-testid":"inquiry-body",children:u.body}),e("h2",{children:p("repliesTitle")}),u.replies.length===0?e("p",{"data-testid":"inquiry-no-replies",children:p("noReplies")}):e("ol",{class:"desk-replies","data-testid":"inquiry-replies",children:u.replies.map(C=>e("li",{children:[e("p",{children:[e("strong",{children:C.subject}),e("br",{}),p("replySentBy",{name:C.sentBy,at:M(C.sentAt)})]}),e("div",{class:"desk-body",children:C.body})]},C.id))}),o("inquiry","reply")&&e(Ol,{id:u.id,subject:u.subject,email:u.email,onDone:async()=>{a(p("replySentNotice",{email:u.email})),await i.reload()}}),o("inquiry","forward")&&e(Ll,{id:u.id,already:u.forwardedTo.map(C=>C.id),onDone:async C=>{a(p("forwardedNotice",{names:C})),await i.reload()}}),u.status==="OPEN"&&o("inquiry","close")&&e("div",{class:"actions",children:e($,{variant:"primary",onClick:()=>s(!0),"data-testid":"inquiry-close",children:p("closeInquiry")})}),e(ie,{open:r,title:p("closeInquiryConfirm"),confirmLabel:p("closeInquiry"),busy:c.busy,onConfirm:()=>{c.run()},onCancel:()=>{c.clear(),s(!1)},children:[e("p",{children:p("closeInquiryBody",{subject:u.subject})}),e(S,{error:c.error})]})]}):e(U,{label:D("loading")})}function Ol({id:t,subject:n,email:i,onDone:o}){let[r,s]=h(""),[d,a]=h(""),c=L(async()=>{await x(_l,{id:t,input:{subject:r.trim()||null,body:d}}),s(""),a(""),await o()}),g=u=>c.error?.field===`input.${u}`?c.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"inquiry-reply-title",onSubmit:u=>{u.preventDefault(),c.run()},children:[e("h2",{id:"inquiry-reply-title",children:p("replyTitle")}),e("p",{class:"help",children:p("replyHelp",{email:i})}),e(S,{error:c.error&&!c.error.field?c.error:void 0}),e(P,{label:p("replySubject"),help:p("replySubjectHelp",{subject:`Re: ${n}`}),value:r,onInput:s,error:g("subject"),testid:"inquiry-reply-subject",maxLength:200}),e(K,{label:p("replyBody"),required:!0,rows:8,value:d,onInput:a,error:g("body"),testid:"inquiry-reply-body"}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:c.busy,"data-testid":"inquiry-reply-send",children:p("replySend")})})]})}function Ll({id:t,already:n,onDone:i}){let o=N(ql,{}),[r,s]=h([]),[d,a]=h(""),c=Le(Oe(o.data?.municipality.departments??[])),g=L(async()=>{await x(Ml,{id:t,departmentIds:r,note:d.trim()||null});let C=c.filter(y=>r.includes(y.dept.id)).map(y=>y.dept.name).join("、");s([]),a(""),await i(C)}),u=g.error?.field?.startsWith("departmentIds")?g.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"inquiry-forward-title",onSubmit:C=>{C.preventDefault(),g.run()},children:[e("h2",{id:"inquiry-forward-title",children:p("forwardTitle")}),e("p",{class:"help",children:p("forwardHelp")}),e(S,{error:o.error}),e(S,{error:g.error&&!g.error.field?g.error:void 0}),e(J,{legend:p("forwardDepartments"),children:[c.filter(C=>!n.includes(C.dept.id)).map(C=>e(be,{label:Je(C.dept.name,C.depth),checked:r.includes(C.dept.id),testid:`inquiry-forward-${C.dept.id}`,onChange:y=>s(m=>y?[...m,C.dept.id]:m.filter(b=>b!==C.dept.id))},C.dept.id)),u&&e("p",{class:"field-error",children:u})]}),e(K,{label:p("forwardNote"),help:p("forwardNoteHelp"),rows:3,value:d,onInput:a,error:g.error?.field==="note"?g.error.clerkMessage():void 0,testid:"inquiry-forward-note"}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:g.busy,disabled:r.length===0,"data-testid":"inquiry-forward-send",children:p("forwardSend")})})]})}var Ul=v(`
  query DeskMunicipalitySettings {
    municipality {
      id
      slug
      itemUrlTemplate
    }
  }
`),jl=v(`
  mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {
    updateMunicipality(input: $input) {
      id
      itemUrlTemplate
    }
  }
`);function Ko(t){let n=N(Ul,{}),[i,o]=h(""),[r,s]=h("");X(()=>{n.data&&o(n.data.municipality.itemUrlTemplate??"")},[n.data]);let d=L(async()=>{s(""),await x(jl,{input:{itemUrlTemplate:i}}),s(te("saved")),await n.reload()});if(!n.data)return e("section",{children:[e("h1",{children:te("settingsTitle")}),n.error?e(S,{error:n.error,onRetry:()=>{n.reload()},retryLabel:D("retry")}):e(U,{label:D("loading")})]});let a=new URL("../sitemap.xml?municipality="+encodeURIComponent(n.data.municipality.slug),location.href).href;return e("section",{children:[e("h1",{children:te("settingsTitle")}),e("form",{onSubmit:c=>{c.preventDefault(),d.run()},children:[e(B,{children:r}),e(S,{error:d.error}),e(P,{label:te("itemUrlTemplate"),type:"url",value:i,onInput:o,help:te("itemUrlTemplateHelp"),maxLength:500,testid:"field-item-url-template"}),n.data.municipality.itemUrlTemplate&&e("p",{class:"help",children:[te("sitemapNote"),e("a",{href:a,target:"_blank",rel:"noopener noreferrer",children:a})]}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:d.busy,"data-testid":"save",children:te("save")})})]})]})}var Bl=v(`
  query DeskWebhooks {
    webhooks {
      id
      url
      events
      active
      createdAt
    }
  }
`),Vl=v(`
  mutation DeskWebhookRegister($input: WebhookInput!) {
    registerWebhook(input: $input) {
      id
      url
    }
  }
`),Hl=v(`
  mutation DeskWebhookDelete($id: ID!) {
    deleteWebhook(id: $id)
  }
`),Qo=["CONTENT_PUBLISHED","CONTENT_UNPUBLISHED","CONTENT_ARCHIVED","CONTENT_CHANGED"];function ft(t){return p(`event${t}`)}function ln({active:t}){return t?e(j,{tone:"success",icon:"✓",children:p("active")}):e(j,{tone:"neutral",icon:"■",children:p("inactive")})}function Kl(){let t=new Uint8Array(32);return crypto.getRandomValues(t),Array.from(t,n=>n.toString(16).padStart(2,"0")).join("")}function Wo(){let t=N(Bl,{}),n=Re(),[i,o]=h(""),[r,s]=h(null),[d,a]=h(null),c=L(async u=>{await x(Hl,{id:u.id}),a(null),s(null),o(p("deletedWebhookNotice",{url:u.url})),await t.reload()}),g=n("webhook","manage");return e("section",{children:[e("h1",{children:p("webhooksTitle")}),e("p",{children:p("webhooksIntro")}),e(B,{children:i}),r&&e("div",{class:"desk-panel desk-secret",role:"status","data-testid":"webhook-secret",children:[e("p",{children:p("secretOnce")}),e("p",{children:[e("span",{class:"desk-label",children:[p("secret"),": "]}),e("code",{children:r.secret})]}),e($,{onClick:()=>s(null),children:D("close")})]}),e(S,{error:t.error,onRetry:()=>{t.reload()},retryLabel:D("retry")}),!t.data&&!t.error&&e(U,{label:D("loading")}),t.data&&e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"webhooks",children:[e("caption",{children:p("webhooksCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:p("url")}),e("th",{scope:"col",children:p("events")}),e("th",{scope:"col",children:p("status")}),e("th",{scope:"col",children:p("createdAt")}),e("th",{scope:"col",children:p("actions")})]})}),e("tbody",{children:[t.data.webhooks.length===0&&e("tr",{children:e("td",{colSpan:5,children:D("empty")})}),t.data.webhooks.map(u=>e("tr",{children:[e("td",{class:"desk-break",children:u.url}),e("td",{children:u.events.map(ft).join("、")}),e("td",{children:e(ln,{active:u.active})}),e("td",{class:"desk-nowrap",children:M(u.createdAt)}),e("td",{children:e("div",{class:"desk-row-actions",children:[e("a",{class:"btn btn-small",href:R(`/desk/webhooks/${encodeURIComponent(u.id)}`),"aria-label":`${p("deliveryLog")}: ${u.url}`,children:p("deliveryLog")}),g&&e($,{variant:"danger","aria-label":`${p("deleteWebhook")}: ${u.url}`,"data-testid":`webhook-delete-${u.id}`,onClick:()=>a({id:u.id,url:u.url}),children:p("deleteWebhook")})]})})]},u.id))]})]})}),g&&e(Ql,{onDone:(u,C)=>{s({url:u,secret:C}),o(p("registeredNotice",{url:u})),t.reload()}}),e(ie,{open:d!==null,title:d?p("deleteWebhookConfirm",{url:d.url}):"",confirmLabel:p("deleteWebhook"),danger:!0,busy:c.busy,onConfirm:()=>d&&void c.run(d),onCancel:()=>{c.clear(),a(null)},children:[e("p",{children:p("deleteWebhookBody")}),e(S,{error:c.error})]})]})}function Ql({onDone:t}){let[n,i]=h(""),[o,r]=h(["CONTENT_PUBLISHED"]),[s,d]=h(!1),a=L(async()=>{let g=Kl(),u=await x(Vl,{input:{url:n.trim(),events:o,secret:g}});i(""),t(u.registerWebhook.url,g)}),c=g=>a.error?.field===`input.${g}`?a.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"webhook-form-title","data-testid":"webhook-form",onSubmit:g=>{if(g.preventDefault(),o.length===0){d(!0);return}d(!1),a.run()},children:[e("h2",{id:"webhook-form-title",children:p("newWebhook")}),e(P,{label:p("url"),type:"url",required:!0,value:n,onInput:i,help:p("urlHelp"),error:c("url"),testid:"webhook-url",autocomplete:"off"}),e(J,{legend:p("events"),children:[Qo.map(g=>e(be,{label:ft(g),checked:o.includes(g),testid:`webhook-event-${g}`,onChange:u=>r(u?Qo.filter(C=>C===g||o.includes(C)):o.filter(C=>C!==g))},g)),(s||c("events"))&&e("p",{class:"field-error",role:"alert",children:c("events")??p("chooseEvent")})]}),e(S,{error:a.error}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"webhook-register",children:p("register")})})]})}var Wl=v(`
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
`),Jo=20,zo=100;function Jl({status:t}){let n={PENDING:["warning","…",p("deliveryPENDING")],DELIVERED:["success","✓",p("deliveryDELIVERED")],FAILED:["danger","×",p("deliveryFAILED")]},[i,o,r]=n[t]??["neutral","?",t];return e(j,{tone:i,icon:o,children:r})}function Go({params:t}){let[n,i]=h(Jo),o=N(Wl,{first:n}),r=e("p",{children:e("a",{href:R("/desk/webhooks"),children:["← ",p("backToWebhooks")]})});if(o.error)return e("section",{children:[r,e("h1",{children:p("webhookTitle")}),e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")})]});if(!o.data)return e(U,{label:D("loading")});let s=o.data.webhooks.find(a=>a.id===t.id);if(!s)return e("section",{children:[r,e("h1",{children:p("webhookTitle")}),e("p",{role:"alert",children:p("webhookMissing")})]});let d=s.deliveries;return e("section",{children:[r,e("h1",{children:[p("webhookTitle"),": ",e("span",{class:"desk-break",children:s.url})]}),e("dl",{class:"desk-dl",children:[e("dt",{children:p("events")}),e("dd",{children:s.events.map(ft).join("、")}),e("dt",{children:p("status")}),e("dd",{children:e(ln,{active:s.active})}),e("dt",{children:p("createdAt")}),e("dd",{children:M(s.createdAt)})]}),e("h2",{children:p("deliveries")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"deliveries",children:[e("caption",{children:p("deliveriesCaption",{n})}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:p("queuedAt")}),e("th",{scope:"col",children:p("event")}),e("th",{scope:"col",children:p("status")}),e("th",{scope:"col",children:p("attempts")}),e("th",{scope:"col",children:p("lastStatusCode")}),e("th",{scope:"col",children:p("lastError")}),e("th",{scope:"col",children:p("nextAttemptAt")}),e("th",{scope:"col",children:p("deliveredAt")})]})}),e("tbody",{children:[d.length===0&&e("tr",{children:e("td",{colSpan:8,children:D("empty")})}),d.map(a=>e("tr",{children:[e("td",{class:"desk-nowrap",children:M(a.createdAt)}),e("td",{children:ft(a.event)}),e("td",{children:e(Jl,{status:a.status})}),e("td",{children:a.attempts}),e("td",{children:a.lastStatusCode===0?p("noResponse"):a.lastStatusCode}),e("td",{class:"desk-break",children:a.lastError||"—"}),e("td",{class:"desk-nowrap",children:a.status==="PENDING"?M(a.nextAttemptAt):"—"}),e("td",{class:"desk-nowrap",children:a.deliveredAt?M(a.deliveredAt):"—"})]},a.id))]})]})}),d.length>=n&&n<zo&&e("div",{class:"actions",children:e($,{onClick:()=>i(Math.min(n+Jo,zo)),busy:o.loading,"data-testid":"deliveries-more",children:p("showMore")})})]})}var Yo=[{path:"/desk/inquiries/:id",component:Ho,permission:{resource:"inquiry",action:"read"}},{path:"/desk/inquiries",component:Vo,nav:{label:()=>p("navInquiries"),order:300},permission:{resource:"inquiry",action:"read"}},{path:"/desk/accounts",component:Po,nav:{label:()=>p("navAccounts"),order:310},permission:{resource:"account",action:"createStaff"}},{path:"/desk/departments",component:Uo,nav:{label:()=>p("navDepartments"),order:320},permission:{resource:"department",action:"write"}},{path:"/desk/webhooks/:id",component:Go,permission:{resource:"webhook",action:"manage"}},{path:"/desk/webhooks",component:Wo,nav:{label:()=>p("navWebhooks"),order:330},permission:{resource:"webhook",action:"manage"}},{path:"/desk/custom-fields",component:Ro,nav:{label:()=>E("navCustomFields"),order:350},permission:{resource:"customField",action:"manage"}},{path:"/desk/audit",component:_o,nav:{label:()=>p("navAudit"),order:340},permission:{resource:"audit",action:"read"}},{path:"/desk/settings",component:Ko,nav:{label:()=>te("navSettings"),order:360},permission:{resource:"municipality",action:"update"}}];var ut=[{path:"/",component:qr,nav:{label:()=>D("home"),order:0}},...zr,...ko,...Yo];function Xo(t){let n=t.viewer.me;return e(T,{children:[e("a",{class:"skip",href:"#main",onClick:i=>{i.preventDefault(),document.getElementById("main")?.focus()},children:D("skipToMain")}),e("header",{class:"header",children:[e("div",{class:"brand",children:[e("span",{class:"brand-muni",children:t.viewer.municipality.name})," ",D("appName")]}),e("div",{class:"header-tools",children:[e("span",{class:"who","data-testid":"who",children:D("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),e(dn,{}),e($,{onClick:t.onSignOut,busy:t.signingOut,"data-testid":"sign-out",children:D("signOut")})]})]}),e("div",{class:"frame",children:[e("nav",{class:"nav","aria-label":D("mainNav"),children:e("ul",{children:t.nav.map(i=>{let o=t.current===i.path||i.path!=="/"&&t.current.startsWith(`${i.path}/`);return e("li",{children:e("a",{href:R(i.path),"aria-current":o?"page":void 0,children:i.label})},i.path)})})}),e("main",{id:"main",class:"main",tabIndex:-1,children:t.children})]})]})}function dn(){let t=ue()==="ja"?"en":"ja";return e("button",{type:"button",class:"btn btn-link",lang:t,"aria-label":`${D("language")}: ${D("switchLang")}`,onClick:()=>Un(t),"data-testid":"lang-toggle",children:D("switchLang")})}var zl=v(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function Zo({notice:t}){let[n,i]=h(""),[o,r]=h(""),[s,d]=h(""),a=L(async()=>{let c=await x(zl,{email:n,password:o},{municipality:s.trim()||void 0});Qe(c.login.token)});return e("div",{class:"login",children:[e("div",{class:"login-lang",children:e(dn,{})}),e("main",{id:"main",class:"login-box",children:[e("h1",{children:D("appName")}),e("h2",{children:D("signInTitle")}),t&&e("p",{class:"banner banner-notice",role:"status",children:t}),a.error?.code==="UNAUTHENTICATED"?e("p",{class:"banner banner-error",role:"alert","data-testid":"login-error",children:D("loginFailed")}):e(S,{error:a.error}),e("form",{onSubmit:c=>{c.preventDefault(),a.run()},children:[e(P,{label:D("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:i,testid:"login-email"}),e(P,{label:D("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:r,testid:"login-password"}),e(P,{label:D("municipality"),help:D("municipalityHelp"),value:s,onInput:d,autocomplete:"off",testid:"login-municipality"}),e($,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"login-submit",children:a.busy?D("signingIn"):D("signIn")})]})]})]})}var Gl=v(`
  mutation Logout {
    logout
  }
`);async function Yl(){try{await x(Gl,{})}finally{Qe(null)}}function Xl(){let[,t]=h(0),[n,i]=h(Ke()!==null),[o,r]=h(!1);return X(()=>jn(()=>t(s=>s+1)),[]),X(()=>Bn(s=>{r(!s&&n),i(s)}),[n]),n?e(Zl,{}):e(Zo,{notice:o?D("errUnauthenticated"):void 0})}function Zl(){let t=N(Mr,{}),[n,i]=h(!1),o=Fr(),r=()=>{i(!0),Yl().catch(()=>{})};if(t.error)return e("main",{id:"main",class:"login-box",children:[e(S,{error:t.error,onRetry:()=>{t.reload()},retryLabel:D("retry")}),e($,{onClick:r,children:D("signOut")})]});if(!t.data)return e(U,{label:D("loading")});let s=t.data.me;if(!s||s.role==="PROPOSER")return e("main",{id:"main",class:"login-box",children:[e("p",{class:"banner banner-error",role:"alert",children:D("proposerOnly")}),e($,{onClick:r,children:D("signOut")})]});let d={me:s,municipality:t.data.municipality,permissions:t.data.permissions},a=ut.filter(u=>u.nav&&oe(d,u.permission)).sort((u,C)=>u.nav.order-C.nav.order).map(u=>({path:u.path,label:u.nav.label()})),c=_r(ut,o.path),g;if(!c||!oe(d,c.route.permission))g=e("section",{children:[e("h1",{children:D("notFound")}),e("p",{children:e("a",{href:"#/",children:D("backHome")})})]});else{let u=c.route.component;g=e(u,{params:c.params,query:o.query},o.path)}return e(Xt.Provider,{value:d,children:e(Xo,{viewer:d,nav:a,current:o.path,onSignOut:r,signingOut:n,children:g})})}document.documentElement.lang=ue();An(e(Xl,{}),document.getElementById("app"));
