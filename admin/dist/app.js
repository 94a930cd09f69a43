var K,an,Vo,we,Tt,yt,sn,ct,ln,_t,Et,dn,et=Symbol.for("pv"),bt={},ht=[],Ho=/^m(i|n|o|s|text|space)$/,Ft=Array.isArray,un=ht.slice,Oe=Object.assign;function Me(t){t&&t.parentNode&&t.remove()}function mt(t,n,i,o,r){var s={type:t,props:n,key:i,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:et,__v:r||++an,__i:-1,__u:0};return!r&&K.vnode&&K.vnode(s),s}function T(t){return t.children}function gt(t,n){this.props=t,this.context=n,this.__g=0}function Te(t,n){if(n==null)return t.__&&Te(t.__,t.__i+1);for(var i;n<t.__k.length;n++)if((i=t.__k[n])&&i.__e)return i.__e;return typeof t.type!="function"||t.props.__P?null:Te(t)}function Ko(t){var n,i=t.__v,o=i.__e,r=[],s=[],d=t.__P;d&&((n=Oe({constructor:et},i)).__v=i.__v+1,K.vnode&&K.vnode(n),Mt(d,n,i,t.__n,d.namespaceURI,32&i.__u?[o]:null,r,o||Te(i),32&i.__u,s),n.__v=i.__v,n.__.__k[n.__i]=n,yn(r,n,s),i.__=i.__e=null,n.__e!=o&&pn(n))}function pn(t){if((t=t.__)&&t.__c&&!t.props.__P)return t.__e=null,t.__k.some(function(n){return n&&(t.__e=n.__e)}),pn(t)}function Nt(t){(8&t.__g||(t.__g|=8,we.push(t),yt++))&&Tt==K.debounceRendering||((Tt=K.debounceRendering)||queueMicrotask)(cn)}function cn(){try{for(var t,n=1;we.length;)we.length>n&&we.sort(sn),t=we.shift(),n=we.length,8&t.__g&&Ko(t)}finally{(yt=we.length)&&(Tt||queueMicrotask)(cn)}}function mn(t,n,i,o,r,s,d,a,m,g,p){var A,y,u,b,v,k,q=o.__k||ht,M=n.length;for(m=Wo(i,n,q,m,M),A=0;A<M;A++)(u=i.__k[A])!=null&&(y=~u.__i&&q[u.__i]||bt,u.__i=A,k=Mt(t,u,y,r,s,d,a,m,g,p),b=u.__e,(y.ref!=u.ref||8&y.__u)&&(y.ref&&Ot(y.ref,null,u,y),u.ref&&p.push(u.ref,u.__c||b,u)),v=v||b,4&u.__u?(m=gn(u,m,t,!y.__v),y.__e&&(y.__e=null)):typeof u.type=="function"&&k!==void 0?m=k:b&&(m=b.nextSibling),u.__u&=-21);return i.__e=v,m}function Wo(t,n,i,o,r){var s,d,a,m,g,p,A,y,u,b=i.length,v=b,k=0,q=0,M=t.__k=Array(r);for(s=0;s<r;s++)(d=n[s])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d!="object"||d.constructor===String?d=M[s]=mt(null,d):Ft(d)?d=M[s]=mt(T,{children:d}):d.constructor===et&&d.__b?d=M[s]=mt(d.type,d.props,d.key,d.ref,d.__v):M[s]=d,m=s+k,d.__=t,d.__b=t.__b+1,a=null,~(g=d.__i=Qo(d,i,m,v))&&(v--,(a=i[g])&&(a.__u|=2)),a&&a.__v?(d.__u|=16,g==m-1?k--:g==m+1?k++:g!=m&&(g>m?k--:k++,q=1)):(~g||(r>b?k--:r<b&&k++),typeof d.type!="function"&&(d.__u|=4))):M[s]=null;if(q){for(p=[],A=[],s=0;s<r;s++)if((d=M[s])&&16&d.__u){for(k=0,y=p.length;k<y;)p[u=k+y>>1]<d.__i?k=u+1:y=u;p[k]=d.__i,A[s]=k+1}for(k=p.length;s--;)A[s]&&(A[s]==k?k--:M[s].__u|=4)}if(v)for(s=0;s<b;s++)!(a=i[s])||2&a.__u||(a.__e==o&&(o=Te(a)),Rt(a,a));return o}function gn(t,n,i,o){var r,s,d,a;if(typeof t.type=="function"){if(t.props.__P)return n;if(r=t.__k)for(s=0;s<r.length;s++)r[s]&&(r[s].__=t,n=gn(r[s],n,i,!1));return n}for(n&&!n.parentNode&&(n=Te(t))&&!n.parentNode&&(n=null),d=t.__e,a=n;a&&a.nodeType==8;)a=a.nextSibling;for(d!=a&&(!o&&i.moveBefore&&d.parentNode?i.moveBefore(d,n):i.insertBefore(d,n||null)),n=d;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function Qo(t,n,i,o){var r,s=t.key,d=t.type,a=n[i],m=a&&!(2&a.__u);if(a===null&&s==null||m&&s==a.key&&d==a.type)return i;if(o>(m?1:0)){for(r=i-1;r>=0;r--)if((a=n[r])&&!(2&a.__u)&&s==a.key&&d==a.type)return r;for(r=i+1;r<n.length;r++)if((a=n[r])&&!(2&a.__u)&&s==a.key&&d==a.type)return r}return-1}function on(t,n,i){i==null&&(i=""),n[0]=="-"?t.setProperty(n,i):t[n]=i}function pt(t,n,i,o,r){var s,d;if(n=="style")if(typeof i=="string")t.style.cssText=i;else{if(typeof o=="string"&&(t.style.cssText=o=""),o)for(n in o)i&&n in i||on(t.style,n);if(i)for(n in i)o&&i[n]==o[n]||on(t.style,n,i[n])}else if(n[0]=="o"&&n[1]=="n")typeof i!="function"&&(i=null),typeof o!="function"&&(o=null),(t.__e||(t.__e={}))[n]=i,i&&o||(d=Et[n]||(Et[n]=Jo(n)),(t.__a||(t.__a={}))[n]=_t,s=n!=(n=n.replace(ln,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),i?t.addEventListener(n,d,s):t.removeEventListener(n,d,s));else{if(r=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in t)try{return void(t[n]=i??"")}catch{}if(typeof i=="function")return;i==null||i===!1&&n[4]!="-"?t.removeAttribute(n):t.setAttribute(n,n=="popover"&&i==1?"":i)}}function Jo(t){return function(n){var i=this.__e;if(i){if(i=i[t],n[ct]==null)n[ct]=_t++;else if(n[ct]<this.__a[t])return;return i(K.event?K.event(n):n)}}}function Mt(t,n,i,o,r,s,d,a,m,g){var p,A,y,u,b,v,k,q,M,F,x,me,Xe,_e,V,Ze,xe,Fe,$e=n.type;if(n.constructor!==et)return null;128&i.__u&&(m=32&i.__u,p=i.__c.__z)&&(n.__u|=m,A=s=[],p.nodeType==8?a=ft(p,s):s.push(p),a=s[0]||a),(p=K.__b)&&p(n);e:if(typeof $e=="function"){y=d.length;try{if(q=n.props,M=(p=$e.prototype)&&p.render,F=(p=$e.contextType)&&o[p.__c],x=p?F?F.props.value:p.__:o,(u=i.__c)?(n.__c=u,2&u.__g&&(u.__g|=1)):(M?n.__c=u=new $e(q,x):(n.__c=u=new gt(q,x),u.constructor=$e,u.render=Go),F&&F.sub(u),u.state||(u.state={}),u.__n=o,u.__g|=8,u.__h=[],u.__k=[]),M&&(u.__s||(u.__s=u.state),$e.getDerivedStateFromProps&&(u.__s==u.state&&(u.__s=Oe({},u.__s)),Oe(u.__s,$e.getDerivedStateFromProps(q,u.__s)))),b=u.props,v=u.state,u.__v=n,i.__c){if(q!==b&&M&&!$e.getDerivedStateFromProps&&u.componentWillReceiveProps&&u.componentWillReceiveProps(q,x),n.__v==i.__v&&!(8&u.__g)||!(4&u.__g)&&u.shouldComponentUpdate&&u.shouldComponentUpdate(q,u.__s,x)===!1){n.__v!=i.__v&&(u.props=q,u.state=u.__s,u.__g&=-9),n.__e=i.__e,n.__k=i.__k,n.__k.some(function(le){le&&(le.__=n)}),ht.push.apply(u.__h,u.__k),u.__k=[],u.__h.length&&d.push(u),a=Te(i);break e}u.componentWillUpdate&&u.componentWillUpdate(q,u.__s,x),M&&u.componentDidUpdate&&u.__h.push(function(){u.componentDidUpdate(b,v,k)})}else M&&!$e.getDerivedStateFromProps&&u.componentWillMount&&u.componentWillMount(),M&&u.componentDidMount&&u.__h.push(u.componentDidMount);u.context=x,u.props=q,u.__P=t,u.__g&=-5,me=K.__r,Xe=M?25:0;do u.__g&=-9,me&&me(n),p=u.render(u.props,u.state=u.__s,u.context);while(8&u.__g&&++Xe<25);M&&(ht.push.apply(u.__h,u.__k),u.__k=[]),u.state=u.__s,u.getChildContext&&(o=Oe({},o,u.getChildContext())),M&&i.__c&&u.getSnapshotBeforeUpdate&&(k=u.getSnapshotBeforeUpdate(b,v)),_e=p&&p.type===T&&p.key==null?p.props.children:p,q.__P&&(p=a,r=(t=q.__P).namespaceURI,m=s=null,i.props&&i.props.__P!=t&&(i.__k.some(function(le){le&&Rt(le,le)}),i.__k=null),a=i.__k?Te(i,0):null),a=mn(t,Ft(_e)?_e:[_e],n,i,o,r,s,d,a,m,g),q.__P&&(n.__e=null,a=p),n.__u&=-161,A&&A.some(Me),u.__h.length&&d.push(u),1&u.__g&&(u.__g&=-4)}catch(le){if(d.length=y,n.__v=null,m||s)if(le&&le.then){if(n.__u|=128|m,s){for(~(xe=s.indexOf(a||void 0))||(xe=s.length);(Fe=s[xe-1])&&Fe.nodeType==8;)xe--;for(;xe<s.length;xe++)if(Fe=s[xe])if(s[xe]=null,V){if(Fe==Ze)break}else{if(Fe.nodeType!=8)break;Fe.data.startsWith("$s")&&(Ze=ft(V=Fe))}}if(!V){for(;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;V=a}(p=ft(V=n.__c.__z||(n.__c.__z=V)))?(n.__e=V,a=p):n.__e=a,a=a&&a.nextSibling}else s&&s.some(Me);else n.__e=i.__e;n.__k||(n.__k=i.__k||[]),le&&le.then||fn(n),K.__e(le,n,i)}}else a=n.__e=zo(i.__e,n,i,o,r,s,d,m,g,t);return(p=K.diffed)&&p(n),a}function ft(t,n){if(t&&t.nodeType==8&&t.data.startsWith("$s"))for(var i=1;t=t.nextSibling;){if(t.nodeType==8){if(t.data.startsWith("$s"))i++;else if(t.data.startsWith("/$s")&&!--i)return t}n&&n.push(t)}}function fn(t){t&&(t.__c&&(t.__c.__g|=4),t.__k&&t.__k.some(fn))}function yn(t,n,i){for(var o=0;o<i.length;)Ot(i[o++],i[o++],i[o++]);K.__c&&K.__c(n,t),t.some(function(r){try{t=r.__h,r.__h=[],t.some(function(s){s.call(r)})}catch(s){K.__e(s,r.__v)}})}function zo(t,n,i,o,r,s,d,a,m,g){var p,A,y,u,b,v,k,q,M=i.props||bt,F=n.props,x=n.type;if(x=="svg"?r="http://www.w3.org/2000/svg":x=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),s){for(p=0;p<s.length;p++)if((b=s[p])&&(x?b.localName==x:b.nodeType==3)){t=b,s[p]=null;break}}if(!t){if(q=g.ownerDocument||document,!x)return q.createTextNode(F);t=q.createElementNS(r,x,F.is?F:g),a&&(K.__m&&K.__m(n,s),a=!1),s=null}if(x){if(g=x=="template"&&t.content||t,s=x=="textarea"&&F.defaultValue!=null?null:s&&un.call(g.childNodes),!a&&s)for(M={},p=0;p<t.attributes.length;p++)M[(b=t.attributes[p]).name]=b.value;for(p in M)b=M[p],p=="dangerouslySetInnerHTML"?y=b:p=="children"||p in F||p=="value"&&"defaultValue"in F||p=="checked"&&"defaultChecked"in F||pt(t,p,null,b,r);for(p in F)b=F[p],p=="children"?u=b:p=="dangerouslySetInnerHTML"?A=b:p=="value"?v=b:p=="checked"?k=b:a&&typeof b!="function"||M[p]===b||pt(t,p,b,M[p],r);A?(a||y&&(A.__html==y.__html||A.__html==t.innerHTML)||(t.innerHTML=A.__html),n.__k=[]):(y&&(t.textContent=""),(x=="foreignObject"||r=="http://www.w3.org/1998/Math/MathML"&&Ho.test(x))&&(r="http://www.w3.org/1999/xhtml"),mn(g,Ft(u)?u:[u],n,i,o,r,s,d,s?s[0]:i.__k&&Te(i,0),a,m),s&&s.some(Me)),a&&x!="textarea"||(p="value",x=="progress"&&v==null?t.removeAttribute(p):v==null||v===t[p]&&(x!="progress"||v)||pt(t,p,v,M[p],r),p="checked",k!=null&&k!=t[p]&&pt(t,p,k,M[p],r))}else M===F||a&&t.data==F||(t.data=F);return t}function Ot(t,n,i,o){try{typeof t=="function"?n?n.__x=t(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():t(null)):t.current=n}catch(r){K.__e(r,i)}}function Rt(t,n,i){var o,r,s,d;if(K.unmount&&K.unmount(t),!(o=t.ref)||o.current&&o.current!=t.__e||Ot(o,null,n,t),o=t.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(a){K.__e(a,n)}o.__P=o.__n=null}if(o=t.__k)for(d=0;d<o.length;d++)o[d]&&Rt(o[d],n,typeof t.type!="function"||i&&!t.props.__P);!i&&(o=t.__c)&&(o=o.__z)&&(r=ft(o,s=[]))&&(o==t.__e&&s.some(Me),Me(r),Me(o)),i||Me(t.__e),t.__e=t.__c=t.__=null}function Go(t,n,i){return this.constructor(t,i)}function bn(t,n){var i,o,r,s;K.__&&K.__(t,n),n.nodeType==9&&(n=n.documentElement),o=(i=t&&32&t.__u)?null:n.__k,n.__k=mt(T,{children:[t]}),r=[],s=[],Mt(n,n.__k,o||bt,bt,n.namespaceURI,o?null:n.firstChild?un.call(n.childNodes):null,r,o?o.__e:n.firstChild,i,s),yn(r,n.__k,s),n.__k.props.children=null}function hn(t){function n(i){var o,r;return this.getChildContext||(o=new Set,(r={})[n.__c]=this,this.getChildContext=function(){return r},this.shouldComponentUpdate=function(s){this.props.value!=s.value&&o.forEach(function(d){d.__g|=4,Nt(d)})},this.sub=function(s){o.add(s);var d=s.componentWillUnmount;s.componentWillUnmount=function(){o.delete(s),d&&d.call(s)}}),i.children}return n.__c="__cC"+dn++,n.__=t,n.Provider=(n.Consumer=function(i,o){return i.children(o)}).contextType=n,n}K={__e:function(t,n,i,o){for(var r,s,d;n=n.__;)if((r=n.__c)&&!(1&r.__g)){r.__g|=4;try{if((d=(s=r.constructor)&&s.getDerivedStateFromError)&&r.setState(s.getDerivedStateFromError(t)),r.componentDidCatch&&(r.componentDidCatch(t,o||{}),d=1),d&&8&r.__g)return void(r.__g|=2)}catch(a){t=a}}throw yt=0,t}},an=0,Vo=function(t){return t!=null&&t.constructor===et},gt.prototype.setState=function(t,n){var i=this.__s;i&&i!=this.state||(i=this.__s=Oe({},this.state)),typeof t=="function"&&(t=t(Oe({},i),this.props)),t&&(Oe(i,t),this.__v&&(n&&this.__k.push(n),Nt(this)))},gt.prototype.forceUpdate=function(t){this.__v&&(this.__g|=4,t&&this.__h.push(t),Nt(this))},gt.prototype.render=T,we=[],yt=0,sn=function(t,n){return t.__v.__b-n.__v.__b},ct=Symbol(),ln=/(PointerCapture)$|Capture$/i,_t=0,Et={},dn=0;var Re,Y,qt,Cn,Lt=Object.is,nt=0,xn=[],jt=[],Z=K,Dn=Z.__b,vn=Z.__r,An=Z.diffed,kn=Z.__c,In=Z.unmount,$n=Z.__;function it(t,n){Z.__h&&Z.__h(Y,t,nt||n),nt=0;var i=Y.__H||(Y.__H={__:[],__h:[]});return t>=i.__.length&&i.__.push({}),i.__[t]}function h(t){return nt=1,Yo(_n,t)}function Yo(t,n,i){var o=it(Re++,2);if(o.t=t,!o.__c&&(o.__=[i?i(n):_n(void 0,n),function(s){var d=(o.__N||o.__)[0],a=o.t(d,s);Lt(d,a)||(o.__N=[a,o.__[1]],o.__c.setState({}))}],o.__c=Y,!Y.__f)){Y.__f=!0;var r=Y.shouldComponentUpdate;Y.shouldComponentUpdate=function(s,d,a){var m=this.__H;if(!m)return!0;var g=!1,p=this.props!=s;if(m.__.some(function(y){y.__N&&(g=!0,Lt(y.__[0],y.__N[0])||(p=!0))}),r){var A=r.call(this,s,d,a);return g?A||p:A}return!g||p}}return o.__}function ee(t,n){var i=it(Re++,3);!Z.__s&&Nn(i.__H,n)&&(i.__P=!0,i.__=t,i.u=n,Y.__H.__h.push(i))}function Pe(t){return nt=5,wn(function(){return{current:t}},[])}function wn(t,n){var i=it(Re++,7);return Nn(i.__H,n)&&(i.__=t(),i.__H=n),i.__}function Tn(t,n){return nt=8,wn(function(){return t},n)}function En(t){var n=Y.context[t.__c],i=it(Re++,9);return i.c=t,n?(i.__==null&&(i.__=!0,n.sub(Y)),n.props.value):t.__}function oe(){var t=it(Re++,11);if(!t.__){for(var n=Y.__v;!n.__m&&n.__;)n=n.__;var i=n.__m||(n.__m=[0,0]);t.__="P"+i[0]+"-"+i[1]++}return t.__}function Xo(){var t;do{for(;t=jt.shift();)try{tt(t)}catch(i){Z.__e(i,{__:(t=t.__P)&&t.__v})}for(;t=xn.shift();){var n=t.__H;if(t.__P&&n)try{n.__h.some(tt),n.__h.some(Ut),n.__h=[]}catch(i){n.__h=[],Z.__e(i,t.__v)}}}while(jt.length)}Z.__b=function(t){Y=null,Dn&&Dn(t)},Z.__=function(t,n){t&&n.__k&&n.__k.__m&&(t.__m=n.__k.__m),$n&&$n(t,n)},Z.__r=function(t){vn&&vn(t),Re=0;var n=(Y=t.__c).__H;n&&(qt==Y?Y.__h=[]:(n.__h.some(tt),n.__h.some(Ut),Re=0),n.__h=[],n.__.some(function(i){i.__N&&(i.__=i.__N),i.u=i.__N=void 0})),qt=Y},Z.diffed=function(t){An&&An(t);var n=t.__c;n&&n.__H&&(n.__H.__h.length&&Sn(xn.push(n)),n.__H.__.some(function(i){i.u&&(i.__H=i.u)})),qt=Y=null},Z.__c=function(t,n){n.some(function(i){try{i.__h.some(tt),i.__h=i.__h.filter(function(o){return!o.__||Ut(o)})}catch(o){i.__h=[function(){throw o}]}}),kn&&kn(t,n)},Z.unmount=function(t){In&&In(t);var n,i,o=t.__c;o&&o.__H&&(o.__H.__.some(function(r){try{if(r.__P&&r.__c){if(i===void 0){for(i=t.__;i&&(!i.__c||!i.__c.__P);)i=i.__;i=i&&i.__c}r.__P=i,Sn(jt.push(r))}else tt(r)}catch(s){n=s}}),o.__H=void 0,n&&Z.__e(n,o.__v))};var Pn=typeof requestAnimationFrame=="function";function Zo(t){var n,i=function(){clearTimeout(o),Pn&&cancelAnimationFrame(n),setTimeout(t)},o=setTimeout(i,35);Pn&&(n=requestAnimationFrame(i))}function Sn(t){t!=1&&Cn==Z.requestAnimationFrame||((Cn=Z.requestAnimationFrame)||Zo)(Xo)}function tt(t){var n=Y,i=t.__c;typeof i=="function"&&(t.__c=void 0,i()),Y=n}function Ut(t){var n=Y;t.__c=t.__(),Y=n}function Nn(t,n){return!t||t.length!=n.length||n.some(function(i,o){return!Lt(i,t[o])})}function _n(t,n){return typeof n=="function"?n(t):n}var Fn="pppdesk.admin.lang",Vt=ea(),Bt=new Set;function ea(){try{return localStorage.getItem(Fn)==="en"?"en":"ja"}catch{return"ja"}}function de(){return Vt}function Mn(t){Vt=t;try{localStorage.setItem(Fn,t)}catch{}document.documentElement.lang=t,Bt.forEach(n=>n())}function On(t){return Bt.add(t),()=>Bt.delete(t)}function fe(t,n){return(i,o)=>{let r=(Vt==="en"?n[i]:t[i])??String(i);return o?r.replace(/\{(\w+)\}/g,(s,d)=>d in o?String(o[d]):s):r}}var C=fe({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var Ht="pppdesk.admin.token";function qe(){try{return sessionStorage.getItem(Ht)}catch{return null}}function Le(t){try{t?sessionStorage.setItem(Ht,t):sessionStorage.removeItem(Ht)}catch{}Kt.forEach(n=>n(t!==null))}var Kt=new Set;function Rn(t){return Kt.add(t),()=>Kt.delete(t)}var qn=new URL("../",location.href),ta=new URL("graphql",qn),J=class extends Error{constructor(i,o,r){super(o);this.code=i;this.serverMessage=o;this.field=r}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:C("errBadInput"),CONFLICT:C("errConflict"),FORBIDDEN:C("errForbidden"),NOT_FOUND:C("errNotFound"),UNAUTHENTICATED:C("errUnauthenticated"),RATE_LIMITED:C("errRateLimited"),UNAVAILABLE:C("errUnavailable"),INTERNAL:C("errInternal"),NETWORK:C("errNetwork")}[this.code]];return this.field&&o.push(C("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(C("serverSays",{msg:this.serverMessage})),o.join(" ")}};function Ln(t){return t instanceof J?t.clerkMessage():C("errInternal")}var na=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function ia(t){let n=t.extensions?.code??"INTERNAL";return new J(na.has(n)?n:"INTERNAL",t.message,t.extensions?.field)}async function jn(t,n){let i=qe();i&&(n.Authorization=`Bearer ${i}`),n.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(ta,{...t,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new J("NETWORK","")}let r;try{r=await o.json()}catch{throw new J(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(r.errors&&r.errors.length>0){let s=ia(r.errors[0]);throw s.code==="UNAUTHENTICATED"&&i&&Le(null),s}if(!r.data)throw new J("INTERNAL",`HTTP ${o.status}`);return r.data}function w(t,n,i={}){let o={"Content-Type":"application/json"};return i.municipality&&(o["X-Municipality"]=i.municipality),jn({method:"POST",body:JSON.stringify({query:t.toString(),variables:n})},o)}function Ct(t,n,i){let o=new FormData;o.append("operations",JSON.stringify({query:t.toString(),variables:n}));let r={};return i.forEach((s,d)=>r[String(d)]=[s.path]),o.append("map",JSON.stringify(r)),i.forEach((s,d)=>o.append(String(d),s.file,s.file.name)),jn({method:"POST",body:o},{"GraphQL-Require-Preflight":"1"})}function Wt(t){return new URL(t.replace(/^\/+/,""),qn)}async function Un(t,n){let i=qe(),o;try{o=await fetch(Wt(t),{headers:i?{Authorization:`Bearer ${i}`}:{},credentials:"omit"})}catch{throw new J("NETWORK","")}if(o.status===401)throw Le(null),new J("UNAUTHENTICATED","");if(o.status===403)throw new J("FORBIDDEN","");if(o.status===404)throw new J("NOT_FOUND","");if(!o.ok)throw new J(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let r=URL.createObjectURL(await o.blob()),s=document.createElement("a");s.href=r,s.download=n,document.body.appendChild(s),s.click(),s.remove(),setTimeout(()=>URL.revokeObjectURL(r),1e4)}var I=class extends String{__apiType;value;__meta__;constructor(n,i){super(n),this.value=n,this.__meta__=i}toString(){return this.value}},Bn=new I(`
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}
    `,{fragmentName:"ContentMediaItem"}),Vn=new I(`
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
    `,{fragmentName:"InboxRow"}),Hn=new I(`
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
    `,{fragmentName:"ContentCustomFieldValue"}),Kn=new I(`
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
}`,{fragmentName:"ProposalPageFields"}),Wn=new I(`
    mutation Logout {
  logout
}
    `),Qn=new I(`
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
    `),Jn=new I(`
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
}`),zn=new I(`
    mutation ContentAgreementCreate($input: AgreementInput!) {
  createAgreement(input: $input) {
    id
  }
}
    `),Gn=new I(`
    mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
  updateAgreement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Yn=new I(`
    mutation ContentAgreementDelete($id: ID!) {
  deleteAgreement(id: $id)
}
    `),Xn=new I(`
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
    `),Zn=new I(`
    query ContentAnnouncement($id: ID!) {
  announcement(id: $id) {
    id
    title
    body
    category
    publicationState
    publishedAt
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
    mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
  createAnnouncement(input: $input) {
    id
  }
}
    `),ti=new I(`
    mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
  updateAnnouncement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),ni=new I(`
    mutation ContentAnnouncementDelete($id: ID!) {
  deleteAnnouncement(id: $id)
}
    `),ii=new I(`
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
    `),ri=new I(`
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
    mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
  }
}
    `),ai=new I(`
    mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
  updateCaseStudy(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),si=new I(`
    mutation ContentCaseStudyDelete($id: ID!) {
  deleteCaseStudy(id: $id)
}
    `),li=new I(`
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
    `),di=new I(`
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
    mutation ContentChallengeCreate($input: ChallengeInput!) {
  createChallenge(input: $input) {
    id
  }
}
    `),pi=new I(`
    mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
  updateChallenge(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),ci=new I(`
    mutation ContentChallengeDelete($id: ID!) {
  deleteChallenge(id: $id)
}
    `),mi=new I(`
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
    `),gi=new I(`
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
    `),fi=new I(`
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
    `),yi=new I(`
    mutation ContentMethodCreate($input: CollaborationMethodInput!) {
  createCollaborationMethod(input: $input) {
    id
  }
}
    `),bi=new I(`
    mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
  updateCollaborationMethod(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),hi=new I(`
    mutation ContentMethodDelete($id: ID!) {
  deleteCollaborationMethod(id: $id)
}
    `),Ci=new I(`
    mutation ContentMethodRestore($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),Di=new I(`
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
}`),vi=new I(`
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
    `),Ai=new I(`
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
}`),ki=new I(`
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
    `),Ii=new I(`
    mutation ContentProjectCreate($input: ProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `),$i=new I(`
    mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
  updateProject(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Pi=new I(`
    mutation ContentProjectDelete($id: ID!) {
  deleteProject(id: $id)
}
    `),Si=new I(`
    mutation ContentPublish($id: ID!, $at: DateTime) {
  publish(id: $id, at: $at) {
    id
  }
}
    `),xi=new I(`
    mutation ContentUnpublish($id: ID!) {
  unpublish(id: $id) {
    id
  }
}
    `),wi=new I(`
    mutation ContentArchive($id: ID!) {
  archive(id: $id) {
    id
  }
}
    `),Ti=new I(`
    mutation ContentRestoreDeleted($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),Ei=new I(`
    mutation ContentPreviewToken($id: ID!) {
  createPreviewToken(id: $id) {
    token
    expiresAt
  }
}
    `),Ni=new I(`
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
    `),_i=new I(`
    mutation ContentRestoreRevision($id: ID!) {
  restoreRevision(id: $id) {
    id
  }
}
    `),Fi=new I(`
    mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
  attachMedia(contentId: $contentId, file: $file, alt: $alt) {
    id
    fileName
  }
}
    `),Mi=new I(`
    mutation ContentUpdateMedia($id: ID!, $alt: String!) {
  updateMedia(id: $id, alt: $alt) {
    id
    alt
  }
}
    `),Oi=new I(`
    mutation ContentDeleteMedia($id: ID!) {
  deleteMedia(id: $id)
}
    `),Ri=new I(`
    query ContentDepartments {
  municipality {
    departments {
      id
      name
    }
  }
}
    `),qi=new I(`
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
    `),Li=new I(`
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
    `),ji=new I(`
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
    `),Ui=new I(`
    mutation DeskCreateStaff($input: StaffAccountInput!) {
  createStaffAccount(input: $input) {
    id
    displayName
  }
}
    `),Bi=new I(`
    mutation DeskDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    id
    disabled
  }
}
    `),Vi=new I(`
    mutation DeskEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    id
    disabled
  }
}
    `),Hi=new I(`
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
    `),Ki=new I(`
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
    `),Wi=new I(`
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
    `),Qi=new I(`
    mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {
  defineCustomField(input: $input) {
    id
  }
}
    `),Ji=new I(`
    mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {
  updateCustomField(id: $id, input: $input) {
    id
  }
}
    `),zi=new I(`
    mutation SettingsCustomFieldDelete($id: ID!) {
  deleteCustomField(id: $id)
}
    `),Gi=new I(`
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
    `),Yi=new I(`
    mutation DeskDepartmentCreate($input: DepartmentInput!) {
  createDepartment(input: $input) {
    id
    name
  }
}
    `),Xi=new I(`
    mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
  updateDepartment(id: $id, input: $input, version: $version) {
    id
    name
    version
  }
}
    `),Zi=new I(`
    mutation DeskDepartmentDelete($id: ID!) {
  deleteDepartment(id: $id)
}
    `),er=new I(`
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
    `),tr=new I(`
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
    `),nr=new I(`
    mutation DeskInquiryClose($id: ID!) {
  closeInquiry(id: $id) {
    id
    status
  }
}
    `),ir=new I(`
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
    `),rr=new I(`
    query DeskWebhooks {
  webhooks {
    id
    url
    events
    active
    createdAt
  }
}
    `),or=new I(`
    mutation DeskWebhookRegister($input: WebhookInput!) {
  registerWebhook(input: $input) {
    id
    url
  }
}
    `),ar=new I(`
    mutation DeskWebhookDelete($id: ID!) {
  deleteWebhook(id: $id)
}
    `),sr=new I(`
    query HomeAttention {
  proposals(first: 0, filter: { needsAttention: true }) {
    totalCount
  }
}
    `),lr=new I(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),dr=new I(`
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
}`),ur=new I(`
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
}`),pr=new I(`
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
}`),cr=new I(`
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
}`),mr=new I(`
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
    `),gr=new I(`
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
    `),fr=new I(`
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
}`),yr=new I(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),br=new I(`
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
}`),hr=new I(`
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
    `),Cr=new I(`
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
}`),Dr=new I(`
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
}`),vr=new I(`
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
    `);var oa={"\n  mutation Logout {\n    logout\n  }\n":Wn,"\n  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          signedOn\n          parties {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Qn,"\n  query ContentAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      kind\n      title\n      purpose\n      parties {\n        id\n        name\n      }\n      signedOn\n      termStartOn\n      termEndOn\n      items\n      merits {\n        side\n        description\n      }\n      status\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":Jn,"\n  mutation ContentAgreementCreate($input: AgreementInput!) {\n    createAgreement(input: $input) {\n      id\n    }\n  }\n":zn,"\n  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {\n    updateAgreement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Gn,"\n  mutation ContentAgreementDelete($id: ID!) {\n    deleteAgreement(id: $id)\n  }\n":Yn,"\n  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {\n    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Xn,"\n  query ContentAnnouncement($id: ID!) {\n    announcement(id: $id) {\n      id\n      title\n      body\n      category\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":Zn,"\n  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n":ei,"\n  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {\n    updateAnnouncement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":ti,"\n  mutation ContentAnnouncementDelete($id: ID!) {\n    deleteAnnouncement(id: $id)\n  }\n":ni,"\n  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          locality\n          category\n          startOn\n          endOn\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":ii,"\n  query ContentCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":ri,"\n  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n":oi,"\n  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {\n    updateCaseStudy(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":ai,"\n  mutation ContentCaseStudyDelete($id: ID!) {\n    deleteCaseStudy(id: $id)\n  }\n":si,"\n  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          department {\n            name\n          }\n          opensAt\n          closesAt\n          isOpen\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":li,"\n  query ContentChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      background\n      desiredOutcome\n      department {\n        id\n        name\n      }\n      tags\n      opensAt\n      closesAt\n      isOpen\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":di,"\n  mutation ContentChallengeCreate($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n    }\n  }\n":ui,"\n  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {\n    updateChallenge(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":pi,"\n  mutation ContentChallengeDelete($id: ID!) {\n    deleteChallenge(id: $id)\n  }\n":ci,"\n  fragment ContentCustomFieldValue on CustomFieldValue {\n    key\n    text\n    number\n    date\n    boolean\n    choices\n    definition {\n      labelJa\n      labelEn\n      type\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n":Hn,"\n  query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      labelJa\n      labelEn\n      type\n      required\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n":mi,"\n  query ContentMethodList($first: Int, $after: String) {\n    collaborationMethods(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          key\n          name\n          position\n        }\n      }\n    }\n  }\n":gi,"\n  query ContentMethod($id: ID!) {\n    collaborationMethod(id: $id) {\n      id\n      key\n      name\n      description\n      position\n      version\n    }\n  }\n":fi,"\n  mutation ContentMethodCreate($input: CollaborationMethodInput!) {\n    createCollaborationMethod(input: $input) {\n      id\n    }\n  }\n":yi,"\n  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {\n    updateCollaborationMethod(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":bi,"\n  mutation ContentMethodDelete($id: ID!) {\n    deleteCollaborationMethod(id: $id)\n  }\n":hi,"\n  mutation ContentMethodRestore($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":Ci,"\n  query ContentPreview($token: String!) {\n    preview(token: $token) {\n      __typename\n      id\n      ... on Challenge {\n        title\n        background\n        desiredOutcome\n        department {\n          name\n        }\n        tags\n        opensAt\n        closesAt\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on CaseStudy {\n        title\n        locality\n        program\n        caseCategory: category\n        startOn\n        endOn\n        dateNote\n        summary\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        tags\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Agreement {\n        title\n        agreementKind: kind\n        purpose\n        parties {\n          name\n        }\n        signedOn\n        termStartOn\n        termEndOn\n        items\n        merits {\n          side\n          description\n        }\n        agreementStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Project {\n        title\n        projectKind: kind\n        summary\n        startOn\n        endOn\n        site\n        leadDepartment {\n          name\n        }\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        projectStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Announcement {\n        title\n        body\n        category\n        media {\n          ...ContentMediaItem\n        }\n      }\n    }\n  }\n":Di,"\n  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          startOn\n          endOn\n          leadDepartment {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":vi,"\n  query ContentProject($id: ID!) {\n    project(id: $id) {\n      id\n      kind\n      title\n      summary\n      startOn\n      endOn\n      site\n      leadDepartment {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      status\n      agreement {\n        id\n        title\n      }\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":Ai,"\n  query ContentProjectAgreements {\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":ki,"\n  mutation ContentProjectCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n":Ii,"\n  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {\n    updateProject(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":$i,"\n  mutation ContentProjectDelete($id: ID!) {\n    deleteProject(id: $id)\n  }\n":Pi,"\n  mutation ContentPublish($id: ID!, $at: DateTime) {\n    publish(id: $id, at: $at) {\n      id\n    }\n  }\n":Si,"\n  mutation ContentUnpublish($id: ID!) {\n    unpublish(id: $id) {\n      id\n    }\n  }\n":xi,"\n  mutation ContentArchive($id: ID!) {\n    archive(id: $id) {\n      id\n    }\n  }\n":wi,"\n  mutation ContentRestoreDeleted($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":Ti,"\n  mutation ContentPreviewToken($id: ID!) {\n    createPreviewToken(id: $id) {\n      token\n      expiresAt\n    }\n  }\n":Ei,"\n  query ContentRevisions($id: ID!) {\n    revisions(id: $id) {\n      id\n      number\n      author {\n        displayName\n      }\n      createdAt\n      pending\n    }\n  }\n":Ni,"\n  mutation ContentRestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      id\n    }\n  }\n":_i,"\n  fragment ContentMediaItem on Media {\n    id\n    fileName\n    contentType\n    size\n    url\n    alt\n  }\n":Bn,"\n  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {\n    attachMedia(contentId: $contentId, file: $file, alt: $alt) {\n      id\n      fileName\n    }\n  }\n":Fi,"\n  mutation ContentUpdateMedia($id: ID!, $alt: String!) {\n    updateMedia(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n":Mi,"\n  mutation ContentDeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n":Oi,"\n  query ContentDepartments {\n    municipality {\n      departments {\n        id\n        name\n      }\n    }\n  }\n":Ri,"\n  query ContentPartners($search: String) {\n    partners(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":qi,"\n  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          disabled\n          createdAt\n          department {\n            id\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Li,"\n  query DeskAccountDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":ji,"\n  mutation DeskCreateStaff($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      displayName\n    }\n  }\n":Ui,"\n  mutation DeskDisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":Bi,"\n  mutation DeskEnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":Vi,"\n  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          actor {\n            id\n            displayName\n          }\n          action\n          targetType\n          targetId\n          changes\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Hi,"\n  query DeskAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n":Ki,"\n  query SettingsCustomFields($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      target\n      labelJa\n      labelEn\n      type\n      required\n      visibility\n      order\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n":Wi,"\n  mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {\n    defineCustomField(input: $input) {\n      id\n    }\n  }\n":Qi,"\n  mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {\n    updateCustomField(id: $id, input: $input) {\n      id\n    }\n  }\n":Ji,"\n  mutation SettingsCustomFieldDelete($id: ID!) {\n    deleteCustomField(id: $id)\n  }\n":zi,"\n  query DeskDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        kind\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Gi,"\n  mutation DeskDepartmentCreate($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n":Yi,"\n  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      id\n      name\n      version\n    }\n  }\n":Xi,"\n  mutation DeskDepartmentDelete($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n":Zi,"\n  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {\n    inquiries(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          affiliation\n          name\n          subject\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":er,"\n  query DeskInquiry($id: ID!) {\n    node(id: $id) {\n      ... on Inquiry {\n        id\n        affiliation\n        name\n        email\n        phone\n        subject\n        body\n        status\n        createdAt\n      }\n    }\n  }\n":tr,"\n  mutation DeskInquiryClose($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n":nr,"\n  query DeskWebhookDeliveries($first: Int) {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n      deliveries(first: $first) {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n":ir,"\n  query DeskWebhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n":rr,"\n  mutation DeskWebhookRegister($input: WebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      url\n    }\n  }\n":or,"\n  mutation DeskWebhookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":ar,"\n  query HomeAttention {\n    proposals(first: 0, filter: { needsAttention: true }) {\n      totalCount\n    }\n  }\n":sr,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":lr,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":dr,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":ur,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":pr,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":cr,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":mr,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":gr,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":fr,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":yr,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    unreadMessageCount\n    overdue\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":Vn,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":br,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":hr,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    viewerActions\n    unreadMessageCount\n    overdue\n    summary\n    body\n    desiredScheme\n    customFields {\n      ...ContentCustomFieldValue\n    }\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":Kn,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":Cr,"\n  mutation ProposalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Dr,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n    permissions {\n      resource\n      action\n      scope\n    }\n  }\n":vr};function D(t){return oa[t]??{}}function N(t,n,i=!1){let o=JSON.stringify(n),[r,s]=h(void 0),[d,a]=h(void 0),[m,g]=h(!i),p=Pe(0),A=Tn(async()=>{if(i)return;let y=++p.current;g(!0);try{let u=await w(t,JSON.parse(o));y===p.current&&(s(u),a(void 0))}catch(u){y===p.current&&a(u instanceof J?u:new J("INTERNAL",String(u)))}finally{y===p.current&&g(!1)}},[t,o,i]);return ee(()=>{A()},[A]),{data:r,error:d,loading:m,reload:A}}function L(t){let[n,i]=h(!1),[o,r]=h(void 0);return{run:async(...d)=>{i(!0),r(void 0);try{return await t(...d)}catch(a){r(a instanceof J?a:new J("INTERNAL",String(a)));return}finally{i(!1)}},busy:n,error:o,clear:()=>r(void 0)}}function Ar(){let t=location.hash.replace(/^#/,"")||"/",n=t.indexOf("?");return n<0?{path:t,query:new URLSearchParams}:{path:t.slice(0,n),query:new URLSearchParams(t.slice(n+1))}}function kr(){let[t,n]=h(Ar);return ee(()=>{let i=()=>n(Ar());return window.addEventListener("hashchange",i),()=>window.removeEventListener("hashchange",i)},[]),t}function R(t,n){let i=new URLSearchParams;for(let[r,s]of Object.entries(n??{}))s&&i.set(r,s);let o=i.toString();return`#${t}${o?`?${o}`:""}`}function ae(t,n){location.hash=R(t,n)}function aa(t,n){let i=t.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(i.length!==o.length)return null;let r={};for(let s=0;s<i.length;s++){let d=i[s];if(d.startsWith(":"))r[d.slice(1)]=decodeURIComponent(o[s]);else if(d!==o[s])return null}return r}function Ir(t,n){for(let i of t){let o=aa(i.path,n);if(o)return{route:i,params:o}}return null}var f=fe({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",homeAttention:"要対応の提案が {n} 件あります（未読の対話・回答期限超過）。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",homeAttention:"{n} proposals need your attention (unread dialogue, overdue answers).",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var $r=D(`
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
`);function re(t,n){return n?t.permissions.some(i=>i.resource===n.resource&&i.action===n.action):!0}var Qt=hn(null);function ye(){let t=En(Qt);if(!t)throw new Error("useViewer outside a signed-in app");return t}var sa=Symbol.for("pv"),la=0;function e(t,n,i,o,r,s){n||(n={});var d,a,m=n;if("ref"in m&&typeof t!="function")for(a in m={},n)a=="ref"?d=n[a]:m[a]=n[a];var g={type:t,props:m,key:i,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:sa,__v:--la,__i:-1,__u:0};return(r||s)&&(g.__source=r,g.__self=s),K.vnode&&K.vnode(g),g}var da=D(`
  query HomeAttention {
    proposals(first: 0, filter: { needsAttention: true }) {
      totalCount
    }
  }
`);function Pr(){let t=ye(),n=re(t,{resource:"proposal",action:"read"}),i=N(da,{},!n),o=i.data?.proposals.totalCount??0,r=rt.filter(s=>s.nav&&s.path!=="/"&&re(t,s.permission)).sort((s,d)=>s.nav.order-d.nav.order);return e("section",{children:[e("h1",{children:C("home")}),e("p",{children:[t.municipality.deskName," — ",t.me.displayName]}),n&&i.data&&e("p",{class:o>0?"banner banner-notice":"muted","data-testid":"home-attention",children:o>0?e("a",{href:R("/proposals",{attention:"1"}),children:f("homeAttention",{n:o})}):f("attentionNone")}),e("ul",{class:"tiles",children:r.map(s=>e("li",{children:e("a",{class:"tile",href:R(s.path),children:s.nav.label()})},s.path))})]})}var Dt="Asia/Tokyo",ua=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:Dt}),pa=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),ca=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:Dt}),Sr=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:Dt}),ma=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:Dt});function xr(t){return t.replace(/(\D)1年/,"$1元年")}function W(t){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!n)return t;let i=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return de()==="en"?t:`${xr(pa.format(i))}（${t}）`}function O(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return t;let i=ca.format(n);return de()==="en"?`${ma.format(n)} ${Sr.format(n)}`:`${xr(ua.format(n))}（${i}）${Sr.format(n)}`}function j({tone:t="neutral",icon:n,children:i,testid:o}){return e("span",{class:`badge badge-${t}`,"data-testid":o,children:[n&&e("span",{"aria-hidden":"true",children:[n," "]}),i]})}function P({error:t,onRetry:n,retryLabel:i}){return t?e("div",{class:"banner banner-error",role:"alert",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:Ln(t)}),n&&e("button",{type:"button",class:"btn btn-small",onClick:n,children:i})]}):null}function B({children:t}){return t?e("div",{class:"banner banner-notice",role:"status",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),e("span",{children:t})]}):null}function U({label:t}){return e("p",{class:"loading",role:"status","aria-live":"polite",children:t})}function $({variant:t="secondary",busy:n,disabled:i,children:o,type:r,...s}){return e("button",{...s,type:r??"button",class:`btn btn-${t}`,disabled:i||n,"aria-busy":n?"true":void 0,children:o})}function Jt({id:t,label:n,required:i}){return e("label",{for:t,children:[n,i&&e("span",{class:"required",children:[" （",C("required"),"）"]})]})}function vt(t,n,i){return[n?`${t}-help`:"",i?`${t}-err`:""].filter(Boolean).join(" ")||void 0}function At({id:t,help:n,error:i}){return e(T,{children:[n&&e("p",{class:"help",id:`${t}-help`,children:n}),i&&e("p",{class:"field-error",id:`${t}-err`,children:i})]})}function S(t){let n=oe();return e("div",{class:"field",children:[e(Jt,{id:n,label:t.label,required:t.required}),e("input",{id:n,name:t.name,type:t.type??"text",value:t.value,required:t.required,autocomplete:t.autocomplete,maxLength:t.maxLength,"aria-invalid":t.error?"true":void 0,"aria-describedby":vt(n,t.help,t.error),"data-testid":t.testid,onInput:i=>t.onInput(i.currentTarget.value)}),e(At,{id:n,help:t.help,error:t.error})]})}function z(t){let n=oe();return e("div",{class:"field",children:[e(Jt,{id:n,label:t.label,required:t.required}),e("textarea",{id:n,name:t.name,rows:t.rows??4,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":vt(n,t.help,t.error),"data-testid":t.testid,onInput:i=>t.onInput(i.currentTarget.value)}),e(At,{id:n,help:t.help,error:t.error})]})}function _(t){let n=oe();return e("div",{class:"field",children:[e(Jt,{id:n,label:t.label,required:t.required}),e("select",{id:n,name:t.name,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":vt(n,t.help,t.error),"data-testid":t.testid,onChange:i=>t.onChange(i.currentTarget.value),children:t.options.map(i=>e("option",{value:i.value,children:i.label},i.value))}),e(At,{id:n,help:t.help,error:t.error})]})}function Ee(t){let n=oe();return e("div",{class:"field field-check",children:[e("input",{id:n,type:"checkbox",name:t.name,checked:t.checked,"aria-describedby":vt(n,t.help,t.error),"data-testid":t.testid,onChange:i=>t.onChange(i.currentTarget.checked)}),e("label",{for:n,children:t.label}),e(At,{id:n,help:t.help,error:t.error})]})}function G({legend:t,children:n,class:i}){return e("fieldset",{class:`fieldset ${i??""}`,children:[e("legend",{children:t}),n]})}function X(t){let[n,i]=h([]);ee(()=>i([]),[t.resetKey]);let o=t.page?.edges??[],r=n.length*t.pageSize+1;return e("div",{class:"table-wrap",children:[e("table",{class:"table","data-testid":t.testid,children:[e("caption",{children:t.caption}),e("thead",{children:e("tr",{children:t.columns.map(s=>e("th",{scope:"col",class:s.class,children:s.header}))})}),e("tbody",{children:[o.length===0&&e("tr",{children:e("td",{colSpan:t.columns.length,children:C("empty")})}),o.map(s=>e("tr",{children:t.columns.map(d=>e("td",{class:d.class,children:d.cell(s.node)}))},t.rowKey(s.node)))]})]}),t.page&&e("nav",{class:"pager","aria-label":t.caption,children:[e("span",{role:"status",children:o.length>0?C("pageInfo",{from:r,to:r+o.length-1,n:t.page.totalCount}):C("totalCount",{n:t.page.totalCount})}),e($,{disabled:n.length===0,onClick:()=>{let s=n.slice(0,-1);i(s),t.onAfter(n[n.length-1]??null)},children:["← ",C("prev")]}),e($,{disabled:!t.page.pageInfo.hasNextPage,onClick:()=>{i([...n,t.after]),t.onAfter(t.page?.pageInfo.endCursor??null)},children:[C("next")," →"]})]})]})}function ga(t){return f(`status${t}`)}function Ue(t){return f(`kind${t}`)}var fa={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function kt({status:t}){return e(j,{tone:fa[t],testid:"proposal-status",children:ga(t)})}var wr=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function Tr(t){return t<1024?f("bytes",{n:t}):t<1024*1024?f("kb",{n:(t/1024).toFixed(1)}):f("mb",{n:(t/1024/1024).toFixed(1)})}D(`
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
`);var Er=D(`
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
`),ya=D(`
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
`),It=20,ba=["status","kind","challenge","department","from","to","q","attention"];function ha(t){let n={};for(let i of ba){let o=t.get(i);o&&(n[i]=o)}return n}function Ca(t){let n={};return t.status&&(n.status=t.status),t.kind&&(n.kind=t.kind),t.challenge&&(n.challengeId=t.challenge),t.department&&(n.departmentId=t.department),(t.from||t.to)&&(n.submittedOn={from:t.from||null,to:t.to||null}),t.q&&(n.search=t.q),t.attention&&(n.needsAttention=!0),n}function Da(t){let n=new Map;return t.map(i=>{let o=i.parent?(n.get(i.parent.id)??0)+1:0;return n.set(i.id,o),{value:i.id,label:`${"　".repeat(o)}${i.name}`}})}function Nr({query:t}){let n=ha(t),[i,o]=h(n),r=Ca(n),s=JSON.stringify(r),[d,a]=h({key:s,after:null}),m=d.key===s?d.after:null,g=v=>a({key:s,after:v}),p=N(Er,{first:It,after:m,filter:r}),A=N(ya,{}),y=v=>k=>o({...i,[v]:k}),u=v=>{g(null),ae("/proposals",v)},b=Aa();return e("section",{children:[e("h1",{children:f("inboxTitle")}),!n.attention&&e(va,{columns:b}),e("h2",{class:"visually-hidden",children:f("inboxCaption")}),e("nav",{"aria-label":f("statusTabs"),class:"tabs",children:e("ul",{children:[e("li",{children:e("a",{href:R("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:f("all")})}),wr.map(v=>e("li",{children:e("a",{href:R("/proposals",{...n,status:v}),"aria-current":n.status===v?"page":void 0,"data-testid":`status-tab-${v}`,children:f(`status${v}`)})},v))]})}),e("form",{class:"filters",role:"search",onSubmit:v=>{v.preventDefault(),u(i)},children:[e(G,{legend:f("filters"),class:"filters-grid",children:[e(S,{label:f("search"),type:"search",value:i.q??"",onInput:y("q"),testid:"filter-search"}),e(_,{label:f("kind"),value:i.kind??"",onChange:y("kind"),options:[{value:"",label:f("any")},...["FREE","CHALLENGE"].map(v=>({value:v,label:Ue(v)}))]}),e(_,{label:f("challenge"),value:i.challenge??"",onChange:y("challenge"),options:[{value:"",label:f("any")},...A.data?.challenges.edges.map(v=>({value:v.node.id,label:v.node.title}))??[]]}),e(_,{label:f("department"),value:i.department??"",onChange:y("department"),options:[{value:"",label:f("any")},...Da(A.data?.municipality.departments??[])],testid:"filter-department"}),e(S,{label:f("submittedFrom"),type:"date",value:i.from??"",onInput:y("from")}),e(S,{label:f("submittedTo"),type:"date",value:i.to??"",onInput:y("to")}),e(Ee,{label:f("onlyAttention"),checked:!!i.attention,onChange:v=>o({...i,attention:v?"1":void 0}),testid:"filter-attention"})]}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary","data-testid":"filter-apply",children:f("apply")}),e($,{onClick:()=>{o({}),u({})},children:f("reset")})]})]}),e(P,{error:p.error,onRetry:()=>{p.reload()},retryLabel:C("retry")}),p.loading&&!p.data&&e(U,{label:C("loading")}),p.data&&e(X,{caption:f("inboxCaption"),columns:b,page:p.data.proposals,after:m,onAfter:g,resetKey:s,rowKey:v=>v.id,pageSize:It,testid:"inbox-table"})]})}function va({columns:t}){let[n,i]=h(null),o=N(Er,{first:It,after:n,filter:{needsAttention:!0}});return e("section",{class:"attention","aria-labelledby":"attention-title","data-testid":"attention",children:[e("h2",{id:"attention-title",children:f("attentionTitle")}),e("p",{class:"help",children:f("attentionHelp")}),e(P,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.data&&(o.data.proposals.totalCount===0?e("p",{class:"muted",children:f("attentionNone")}):e(X,{caption:f("attentionCaption"),columns:t,page:o.data.proposals,after:n,onAfter:i,resetKey:"attention",rowKey:r=>r.id,pageSize:It,testid:"attention-table"}))]})}function Aa(){return[{header:f("colTitle"),cell:t=>e("a",{href:R(`/proposals/${encodeURIComponent(t.id)}`),"data-testid":"proposal-link",children:t.title})},{header:f("colProposer"),cell:t=>t.organization?.name??""},{header:f("colKind"),cell:t=>t.kind==="CHALLENGE"&&t.challenge?`${Ue(t.kind)}：${t.challenge.title}`:Ue(t.kind)},{header:f("colStatus"),cell:t=>e(kt,{status:t.status})},{header:f("colSubmitted"),cell:t=>t.submittedAt?O(t.submittedAt):f("notSubmitted")},{header:f("colFlags"),cell:t=>e(T,{children:[t.overdue&&e(j,{tone:"danger",icon:"!",children:f("overdue")})," ",t.unreadMessageCount>0&&e(j,{tone:"warning",icon:"●",children:f("unread",{n:t.unreadMessageCount})})]})},{header:f("colAssigned"),cell:t=>e("ul",{class:"plain",children:t.assignments.map(n=>e("li",{children:[n.department.name,n.dueOn&&`（${W(n.dueOn)}）`,n.respondedAt&&e(j,{tone:"success",children:f("answered")})]},n.department.id))})}]}function ne(t){let n=Pe(null),i=oe(),o=Pe(null);return ee(()=>{let r=n.current;r&&(t.open&&!r.open?(o.current=document.activeElement,r.showModal()):!t.open&&r.open&&(r.close(),o.current instanceof HTMLElement&&o.current.focus()))},[t.open]),e("dialog",{ref:n,class:"dialog","aria-labelledby":i,onCancel:r=>{r.preventDefault(),t.onCancel()},children:[e("h2",{id:i,children:t.title}),e("div",{class:"dialog-body",children:t.children}),e("div",{class:"actions",children:[e($,{variant:t.danger?"danger":"primary",busy:t.busy,onClick:t.onConfirm,"data-testid":"confirm-ok",children:t.confirmLabel??C("ok")}),e($,{onClick:t.onCancel,children:C("cancel")})]})]})}function zt(t){return new Set(t.viewerActions)}var ka=D(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Ia=D(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),$a=D(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Pa=D(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Sa=D(`
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
`),xa=D(`
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
`);function _r({p:t,actions:n,notice:i,onChange:o}){let r=["ASSIGN","RESPOND","DECIDE","LINK"].some(s=>n.has(s));return e("div",{class:"panel",children:[e("h2",{id:"actions-title",children:f("secActions")}),e(B,{children:i}),!r&&e("p",{class:"muted",children:f("noActions")}),n.has("ASSIGN")&&e(wa,{p:t,onChange:o}),n.has("RESPOND")&&e(Ta,{p:t,onChange:o}),n.has("DECIDE")&&e(Ea,{p:t,onChange:o}),n.has("LINK")&&e(Na,{p:t,onChange:o})]})}function wa({p:t,onChange:n}){let i=N(Sa,{}),[o,r]=h(new Set),[s,d]=h(""),[a,m]=h(!1),g=L(async()=>{let u=await w(ka,{id:t.id,departmentIds:[...o],dueOn:s||null});r(new Set),n(u.assignProposal.proposal,f("assigned"))}),p=new Set(t.assignments.map(u=>u.department.id)),A=new Map,y=(i.data?.municipality.departments??[]).map(u=>{let b=u.parent?(A.get(u.parent.id)??0)+1:0;return A.set(u.id,b),{...u,depth:Math.min(b,3)}});return e("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[e("h3",{id:"assign-title",children:f("assignTitle")}),e("p",{class:"help",children:f("assignHelp")}),e("form",{onSubmit:u=>{if(u.preventDefault(),o.size===0){m(!0);return}m(!1),g.run()},children:[e(G,{legend:f("assignDepartments"),class:"tree",children:[e(P,{error:i.error}),e("ul",{class:"plain",children:y.map(u=>e("li",{class:`depth-${u.depth}`,children:e("label",{class:"check",children:[e("input",{type:"checkbox",checked:p.has(u.id)||o.has(u.id),disabled:p.has(u.id),onChange:b=>{let v=new Set(o);b.currentTarget.checked?v.add(u.id):v.delete(u.id),r(v)}})," ",u.name]})},u.id))}),a&&e("p",{class:"field-error",role:"alert",children:f("assignPick")})]}),e(S,{label:f("assignDue"),type:"date",value:s,onInput:d,testid:"assign-due"}),e(P,{error:g.error}),e($,{type:"submit",variant:"primary",busy:g.busy,"data-testid":"assign-submit",children:f("assignSubmit")})]})]})}function Ta({p:t,onChange:n}){let[i,o]=h(""),[r,s]=h(""),[d,a]=h(!1),m=L(async()=>{let g=await w(Ia,{id:t.id,opinion:i,feasible:r==="yes"});n(g.respondToAssignment.proposal,f("responded"))});return e("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[e("h3",{id:"respond-title",children:f("respondTitle")}),e("form",{onSubmit:g=>{g.preventDefault(),a(!0),!(!i.trim()||!r)&&m.run()},children:[e(G,{legend:f("respondFeasible"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"yes",checked:r==="yes",onChange:()=>s("yes"),"data-testid":"respond-feasible-yes"})," ",f("feasibleYes")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"no",checked:r==="no",onChange:()=>s("no"),"data-testid":"respond-feasible-no"})," ",f("feasibleNo")]}),d&&!r&&e("p",{class:"field-error",children:f("respondFeasible")})]}),e(z,{label:f("respondOpinion"),required:!0,value:i,onInput:o,error:d&&!i.trim()?f("opinionRequired"):void 0,testid:"respond-opinion"}),e(P,{error:m.error}),e($,{type:"submit",variant:"primary",busy:m.busy,"data-testid":"respond-submit",children:f("respondSubmit")})]})]})}function Ea({p:t,onChange:n}){let[i,o]=h(""),[r,s]=h(""),[d,a]=h(!1),[m,g]=h(!1),p=L(async()=>{if(!i)return;let y=await w($a,{id:t.id,decision:i,reason:r});g(!1),n(y.decideProposal.proposal,f("decided"))}),A=i==="ACCEPTED"?f("decideAccept"):f("decideDecline");return e("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[e("h3",{id:"decide-title",children:f("decideTitle")}),e("form",{onSubmit:y=>{y.preventDefault(),a(!0),!(!i||!r.trim())&&g(!0)},children:[e(G,{legend:f("decision"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:i==="ACCEPTED",onChange:()=>o("ACCEPTED"),"data-testid":"decide-accept"})," ",f("decideAccept")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"DECLINED",checked:i==="DECLINED",onChange:()=>o("DECLINED"),"data-testid":"decide-decline"})," ",f("decideDecline")]}),d&&!i&&e("p",{class:"field-error",children:f("decision")})]}),e(z,{label:f("reason"),help:f("reasonHelp"),required:!0,value:r,onInput:s,error:d&&!r.trim()?f("reasonRequired"):void 0,testid:"decide-reason"}),e(P,{error:p.error}),e($,{type:"submit",variant:"primary","data-testid":"decide-submit",children:f("decideSubmit")})]}),e(ne,{open:m,title:f("decideConfirmTitle"),confirmLabel:A,danger:i==="DECLINED",busy:p.busy,onConfirm:()=>{p.run()},onCancel:()=>g(!1),children:[e("p",{children:f("decideConfirm",{title:t.title,decision:A})}),e("p",{class:"prewrap",children:[f("reason"),"：",r]}),e(P,{error:p.error})]})]})}function Na({p:t,onChange:n}){let i=N(xa,{}),[o,r]=h(""),[s,d]=h(""),[a,m]=h(""),[g,p]=h(""),[A,y]=h("PARTNERSHIP"),[u,b]=h("BUSINESS"),[v,k]=h(""),[q,M]=h(""),[F,x]=h(!1),me=L(async()=>{let V=await w(Pa,{id:t.id,projectId:o==="existing"&&a?a:null,agreementId:s==="existing"&&g?g:null,newProject:o==="new"?{kind:A,title:v.trim()||null}:null,newAgreement:s==="new"?{kind:u,title:q.trim()||null}:null});r(""),d(""),n(V.linkProposalOutcome.proposal,f("linked")),i.reload()}),Xe=[{value:"",label:f("linkNone")},{value:"existing",label:f("linkExisting")},{value:"new",label:f("linkNew")}],_e={value:"",label:f("linkPick")};return e("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[e("h3",{id:"link-title",children:f("linkTitle")}),e("p",{class:"help",children:f("linkHelp")}),e(P,{error:i.error}),e("form",{onSubmit:V=>{V.preventDefault();let Ze=o==="existing"&&a||o==="new"||s==="existing"&&g||s==="new";x(!Ze),Ze&&me.run()},children:[e(G,{legend:f("linkProject"),children:[e(_,{label:f("linkProject"),value:o,onChange:V=>r(V),options:Xe,testid:"link-project-mode"}),o==="existing"&&e(_,{label:f("linkPick"),value:a,onChange:m,options:[_e,...i.data?.projects.edges.map(V=>({value:V.node.id,label:V.node.title}))??[]],testid:"link-project"}),o==="new"&&e(T,{children:[e(_,{label:f("newKind"),value:A,onChange:V=>y(V),options:["PARTNERSHIP","DEMONSTRATION"].map(V=>({value:V,label:f(`proj${V}`)}))}),e(S,{label:f("newTitle"),value:v,onInput:k})]})]}),e(G,{legend:f("linkAgreement"),children:[e(_,{label:f("linkAgreement"),value:s,onChange:V=>d(V),options:Xe,testid:"link-agreement-mode"}),s==="existing"&&e(_,{label:f("linkPick"),value:g,onChange:p,options:[_e,...i.data?.agreements.edges.map(V=>({value:V.node.id,label:V.node.title}))??[]],testid:"link-agreement"}),s==="new"&&e(T,{children:[e(_,{label:f("newKind"),value:u,onChange:V=>b(V),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map(V=>({value:V,label:f(`agr${V}`)}))}),e(S,{label:f("newTitle"),value:q,onInput:M})]})]}),F&&e("p",{class:"field-error",role:"alert",children:f("linkNothing")}),e(P,{error:me.error}),e($,{type:"submit",variant:"primary",busy:me.busy,"data-testid":"link-submit",children:f("linkSubmit")})]})]})}var E=fe({navCustomFields:"設定：独自項目",title:"独自項目の設定",intro:"提案や各コンテンツに、この自治体独自の入力項目を追加できます。必須の項目は、提案では提出時、コンテンツでは公開時に確認されます。",target:"対象",targetPROPOSAL:"提案",targetCHALLENGE:"行政課題",targetAGREEMENT:"協定",targetPROJECT:"連携事業",targetCASE_STUDY:"連携事例",targetANNOUNCEMENT:"お知らせ",caption:"{target}の独自項目（並び順）",none:"この対象に独自項目はありません。",key:"識別子",keyHelp:"英小文字で始まる英数字・アンダースコア（例：appleVariety）。データの出力では列名になります。",labelJa:"項目名（日本語）",labelEn:"項目名（英語）",type:"種類",typeTEXT:"一行のテキスト",typeLONG_TEXT:"複数行のテキスト",typeNUMBER:"数値",typeDATE:"日付",typeSINGLE_CHOICE:"選択肢から一つ",typeMULTIPLE_CHOICE:"選択肢から複数",typeBOOLEAN:"はい・いいえ",typeFixed:"種類と対象は作成後に変更できません。",required:"必須",requiredHelp:"提案は提出時、コンテンツは公開時に入力が必要になります。",visibility:"見せる範囲",visibilityPUBLIC:"公開（その項目を見られる人全員・公開データにも出力）",visibilityPROPOSER:"提案者と職員（コンテンツでは職員のみ）",visibilitySTAFF:"職員のみ",order:"並び順",choices:"選択肢",choicesHelp:"1行に1つ。「値|日本語|英語」の形で書きます（例：fuji|ふじ|Fuji）。",define:"項目を追加",defineTitle:"独自項目を追加",editTitle:"「{label}」を編集",save:"保存",cancel:"キャンセル",edit:"編集",remove:"削除",removeTitle:"「{label}」を削除しますか？",removeBody:"この項目に入力済みの値もすべて削除されます（操作ログには残ります）。",defined:"「{label}」を追加しました。",updated:"「{label}」を保存しました。",removed:"「{label}」を削除しました。",yes:"はい",no:"いいえ",unset:"（未選択）",sectionTitle:"独自項目",empty:"（未入力）",requiredMark:"（必須）"},{navCustomFields:"Settings: custom fields",title:"Custom fields",intro:"Add fields of your own to proposals and to each kind of content. Required fields are checked when a proposal is submitted and when content is published.",target:"Target",targetPROPOSAL:"Proposals",targetCHALLENGE:"Challenges",targetAGREEMENT:"Agreements",targetPROJECT:"Projects",targetCASE_STUDY:"Case studies",targetANNOUNCEMENT:"Announcements",caption:"Custom fields of {target}, in order",none:"No custom fields for this target.",key:"Key",keyHelp:"A lower-case letter, then letters, digits or underscores (e.g. appleVariety). Exports use it as the column name.",labelJa:"Label (Japanese)",labelEn:"Label (English)",type:"Type",typeTEXT:"One line of text",typeLONG_TEXT:"Longer text",typeNUMBER:"Number",typeDATE:"Date",typeSINGLE_CHOICE:"One choice",typeMULTIPLE_CHOICE:"Several choices",typeBOOLEAN:"Yes or no",typeFixed:"Type and target cannot change once created.",required:"Required",requiredHelp:"Needed to submit a proposal or publish content.",visibility:"Who sees it",visibilityPUBLIC:"Public (whoever reads the item; in open data too)",visibilityPROPOSER:"Proposer and staff (staff only on content)",visibilitySTAFF:"Staff only",order:"Order",choices:"Choices",choicesHelp:"One per line, as value|Japanese|English (e.g. fuji|ふじ|Fuji).",define:"Add field",defineTitle:"Add a custom field",editTitle:"Edit “{label}”",save:"Save",cancel:"Cancel",edit:"Edit",remove:"Delete",removeTitle:"Delete “{label}”?",removeBody:"Every value entered for it is deleted too (the audit log keeps a record).",defined:"Added “{label}”.",updated:"Saved “{label}”.",removed:"Deleted “{label}”.",yes:"Yes",no:"No",unset:"(none)",sectionTitle:"Custom fields",empty:"(empty)",requiredMark:" (required)"});D(`
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
`);var _a=D(`
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
`),be={dirty:!1,values:{}};function he(t){let n={};for(let i of t??[])n[i.key]={type:i.definition.type,text:i.text??void 0,number:i.number==null?void 0:String(i.number),date:i.date??void 0,boolean:i.boolean??null,choices:i.choices??void 0};return{dirty:!1,values:n}}function Ce(t){if(!t.dirty)return null;let n=[];for(let[i,o]of Object.entries(t.values))switch(o.type){case"TEXT":case"LONG_TEXT":o.text&&o.text.trim()!==""&&n.push({key:i,text:o.text});break;case"NUMBER":o.number&&o.number.trim()!==""&&n.push({key:i,number:Number(o.number)});break;case"DATE":o.date&&n.push({key:i,date:o.date});break;case"BOOLEAN":o.boolean!=null&&n.push({key:i,boolean:o.boolean});break;default:o.choices&&o.choices.length>0&&n.push({key:i,choices:o.choices})}return n}function ot(t){return de()==="en"&&t.labelEn?t.labelEn:t.labelJa}function De(t){let n=N(_a,{target:t.target}),i=n.data?.customFieldDefinitions??[];return n.error?e(P,{error:n.error}):i.length===0?null:e(G,{legend:E("sectionTitle"),class:"custom-fields",children:i.map(o=>{let r=t.value.values[o.key]??{type:o.type},s=m=>t.onChange({dirty:!0,values:{...t.value.values,[o.key]:{...r,type:o.type,...m}}}),d=ot(o)+(o.required?E("requiredMark"):""),a=`custom-${o.key}`;switch(o.type){case"LONG_TEXT":return e(z,{label:d,value:r.text??"",onInput:m=>s({text:m}),rows:4,testid:a},o.id);case"NUMBER":return e(S,{label:d,type:"number",value:r.number??"",onInput:m=>s({number:m}),testid:a},o.id);case"DATE":return e(S,{label:d,type:"date",value:r.date??"",onInput:m=>s({date:m}),testid:a},o.id);case"BOOLEAN":return e(_,{label:d,value:r.boolean==null?"":String(r.boolean),onChange:m=>s({boolean:m===""?null:m==="true"}),options:[{value:"",label:E("unset")},{value:"true",label:E("yes")},{value:"false",label:E("no")}],testid:a},o.id);case"SINGLE_CHOICE":return e(_,{label:d,value:r.choices?.[0]??"",onChange:m=>s({choices:m===""?[]:[m]}),options:[{value:"",label:E("unset")},...o.choices.map(m=>({value:m.value,label:ot(m)}))],testid:a},o.id);case"MULTIPLE_CHOICE":return e(G,{legend:d,children:o.choices.map(m=>e(Ee,{label:ot(m),checked:(r.choices??[]).includes(m.value),onChange:g=>s({choices:g?[...r.choices??[],m.value]:(r.choices??[]).filter(p=>p!==m.value)}),testid:`${a}-${m.value}`},m.value))},o.id);default:return e(S,{label:d,value:r.text??"",onInput:m=>s({text:m}),maxLength:200,testid:a},o.id)}})})}function Fa(t){switch(t.definition.type){case"BOOLEAN":return t.boolean==null?E("empty"):t.boolean?E("yes"):E("no");case"SINGLE_CHOICE":case"MULTIPLE_CHOICE":return(t.choices??[]).map(n=>ot(t.definition.choices.find(i=>i.value===n)??{labelJa:n,labelEn:n})).join("、")||E("empty");case"NUMBER":return t.number==null?E("empty"):String(t.number);case"DATE":return t.date??E("empty")}return t.text??E("empty")}function Fr({values:t}){return!t||t.length===0?null:e("section",{class:"custom-fields","data-testid":"custom-field-values",children:[e("h3",{children:E("sectionTitle")}),e("dl",{class:"desk-dl",children:t.map(n=>e(T,{children:[e("dt",{children:ot(n.definition)}),e("dd",{class:"prewrap",children:Fa(n)})]},n.key))})]})}var Ma=D(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Oa=D(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function Mr({p:t,actions:n,onChange:i,onReload:o}){let r=n.has("MESSAGE"),s=n.has("INTERNAL_NOTE"),[d,a]=h(!r&&s),[m,g]=h(""),[p,A]=h(""),y=L(async()=>{let k=await w(Ma,{proposalId:t.id,body:m,internal:d});g(""),A(d?f("postedNote"):f("posted")),i(k.postProposalMessage.proposal)}),[u,b]=h(null),v=L(async k=>{if(!u)return;let q=await Ct(Oa,{proposalId:t.id,file:null},[{path:"variables.file",file:u}]);b(null),k.reset(),A(f("attached",{name:q.attachFile.fileName})),await o()});return e("section",{"aria-labelledby":"sec-dialogue",children:[e("h2",{id:"sec-dialogue",children:f("secDialogue")}),e("p",{class:"help",children:f("dialogueHelp")}),t.messages.length===0?e("p",{class:"muted",children:f("noMessages")}):e("ol",{class:"messages","data-testid":"messages",children:t.messages.map(k=>e("li",{class:k.internal?"msg msg-internal":"msg msg-shared","data-testid":k.internal?"internal-note":"shared-message",children:[e("div",{class:"msg-head",children:[k.internal?e(j,{tone:"internal",icon:"✎",children:[f("internalNote"),"（",f("internalNoteHint"),"）"]}):e(j,{tone:"info",icon:"✉",children:f("sharedMessage")}),e("span",{class:"msg-author",children:Gt(k.author)}),e("time",{class:"muted",dateTime:k.createdAt,children:O(k.createdAt)})]}),e("p",{class:"prewrap",children:k.body})]},k.id))}),e(B,{children:p}),(r||s)&&e("form",{class:"post-form",onSubmit:k=>{k.preventDefault(),A(""),y.run()},children:[r&&s&&e(G,{legend:f("postKind"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"post-kind",checked:!d,onChange:()=>a(!1),"data-testid":"post-shared"}),e("span",{"aria-hidden":"true",children:"✉ "}),f("sharedMessage")]}),e("label",{class:"radio radio-internal",children:[e("input",{type:"radio",name:"post-kind",checked:d,onChange:()=>a(!0),"data-testid":"post-internal"}),e("span",{"aria-hidden":"true",children:"✎ "}),f("internalNote"),"（",f("internalNoteHint"),"）"]})]}),e(z,{label:d?`${f("postBody")}（${f("internalNote")}）`:`${f("postBody")}（${f("sharedMessage")}）`,required:!0,value:m,onInput:g,rows:4,testid:"post-body"}),e(P,{error:y.error}),e($,{type:"submit",variant:"primary",busy:y.busy,disabled:!m.trim(),"data-testid":"post-submit",children:f("post")})]}),n.has("ATTACH")&&e("form",{class:"attach-form",onSubmit:k=>{k.preventDefault(),A(""),v.run(k.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:"attach-file",children:f("attachFile")}),e("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:k=>b(k.currentTarget.files?.[0]??null)})]}),e(P,{error:v.error}),e($,{type:"submit",busy:v.busy,disabled:!u,children:f("attach")})]})]})}D(`
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
`);var Ra=D(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),qa=D(`
  mutation ProposalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Or=["CITY","PARTNER"],Rr=["PEOPLE","GOODS","MONEY","INFORMATION"],La=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function Gt(t){if(!t)return"";let n=f(`actor${t.kind}`),i=[t.department?.name,t.displayName].filter(Boolean).join(" ");return i?`${n}：${i}`:n}function qr({params:t}){let n=t.id,i=N(Ra,{id:n}),[o,r]=h(null),s=o??i.data?.proposal??null,[d,a]=h(""),m=(y,u)=>{r(y),a(u??"")},g=async()=>{r(null),await i.reload()},p=Pe(!1),A=i.data?.proposal;return ee(()=>{!A||p.current||A.unreadMessageCount===0||!A.viewerActions.includes("MARK_READ")||(p.current=!0,w(qa,{id:A.id}).then(y=>r(y.markProposalRead.proposal)).catch(()=>{}))},[A]),e("article",{class:"proposal",children:[e("p",{children:e("a",{href:R("/proposals"),children:["← ",f("back")]})}),e(P,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),i.loading&&!s&&e(U,{label:C("loading")}),i.data&&!s&&e("p",{class:"banner banner-error",role:"alert",children:f("notFound")}),s&&e(T,{children:[e("header",{class:"proposal-head",children:[e("h1",{"data-testid":"proposal-title",children:s.title}),e("p",{class:"meta",children:[e(kt,{status:s.status})," ",e(j,{children:Ue(s.kind)}),s.overdue&&e(j,{tone:"danger",icon:"!",testid:"overdue",children:f("overdue")}),s.unreadMessageCount>0&&e(j,{tone:"warning",icon:"●",testid:"unread",children:f("unread",{n:s.unreadMessageCount})}),s.challenge&&e("span",{children:[" ",s.challenge.title]})]}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:f("organization")}),e("dd",{children:s.organization?.name??f("none")})]}),e("div",{children:[e("dt",{children:f("submittedAt")}),e("dd",{children:s.submittedAt?O(s.submittedAt):f("notSubmitted")})]}),s.decidedAt&&e("div",{children:[e("dt",{children:f("decidedAt")}),e("dd",{children:O(s.decidedAt)})]}),s.project&&e("div",{children:[e("dt",{children:f("currentProject")}),e("dd",{"data-testid":"linked-project",children:s.project.title})]}),s.agreement&&e("div",{children:[e("dt",{children:f("currentAgreement")}),e("dd",{"data-testid":"linked-agreement",children:s.agreement.title})]})]})]}),e("div",{class:"proposal-grid",children:[e("div",{class:"proposal-main",children:[e(ja,{p:s}),e(Ua,{p:s}),e(Ba,{p:s}),e(Mr,{p:s,actions:zt(s),onChange:m,onReload:g}),e(Va,{p:s})]}),e("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:e(_r,{p:s,actions:zt(s),notice:d,onChange:m})})]})]})]})}function Yt({text:t}){return t.trim()?e(T,{children:t.split(/\n{2,}/).map((n,i)=>e("p",{class:"prewrap",children:n},i))}):e("p",{class:"muted",children:f("none")})}function ja({p:t}){return e("section",{"aria-labelledby":"sec-content",children:[e("h2",{id:"sec-content",children:f("secContent")}),e("h3",{children:f("summary")}),e(Yt,{text:t.summary}),e("h3",{children:f("body")}),e(Yt,{text:t.body}),e("h3",{children:f("desiredScheme")}),e(Yt,{text:t.desiredScheme}),e(Fr,{values:t.customFields}),e("h3",{children:f("resources")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix","data-testid":"resources-matrix",children:[e("caption",{class:"visually-hidden",children:f("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:f("side")}),Rr.map(n=>e("th",{scope:"col",children:f(`res${n}`)},n))]})}),e("tbody",{children:Or.map(n=>e("tr",{children:[e("th",{scope:"row",children:f(`side${n}`)}),Rr.map(i=>{let o=t.resources.filter(r=>r.side===n&&r.kind===i);return e("td",{children:o.length===0?e("span",{class:"muted",children:"—"}):e("ul",{class:"plain",children:o.map((r,s)=>e("li",{children:r.description},s))})},i)})]},n))})]})}),e("h3",{children:f("merits")}),e("div",{class:"merits",children:Or.map(n=>{let i=t.merits.filter(o=>o.side===n);return e("div",{children:[e("h4",{children:f("meritFor",{side:f(`side${n}`)})}),i.length===0?e("p",{class:"muted",children:f("none")}):e("ul",{children:i.map((o,r)=>e("li",{children:o.description},r))})]},n)})}),t.contact&&e(T,{children:[e("h3",{children:f("contact")}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:f("affiliation")}),e("dd",{children:t.contact.affiliation})]}),e("div",{children:[e("dt",{children:f("contactName")}),e("dd",{children:t.contact.name})]}),e("div",{children:[e("dt",{children:f("email")}),e("dd",{children:t.contact.email})]}),e("div",{children:[e("dt",{children:f("phone")}),e("dd",{children:t.contact.phone})]})]})]})]})}function Ua({p:t}){let[n,i]=h(null);return e("section",{"aria-labelledby":"sec-attachments",children:[e("h2",{id:"sec-attachments",children:f("secAttachments")}),e(P,{error:n}),t.attachments.length===0?e("p",{class:"muted",children:f("noAttachments")}):e("ul",{class:"files","data-testid":"attachments",children:t.attachments.map(o=>e("li",{children:[e($,{variant:"link","aria-label":f("download",{name:o.fileName}),onClick:()=>{i(null),Un(o.downloadUrl,o.fileName).catch(i)},children:[e("span",{"aria-hidden":"true",children:"↓ "}),o.fileName]})," ",e("span",{class:"muted",children:[Tr(o.size)," ・ ",O(o.createdAt),o.messageId&&` ${f("onMessage")}`]})]},o.id))})]})}function Ba({p:t}){return e("section",{"aria-labelledby":"sec-assignments",children:[e("h2",{id:"sec-assignments",children:f("secAssignments")}),t.assignments.length===0?e("p",{class:"muted",children:f("noAssignments")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"assignments",children:[e("caption",{class:"visually-hidden",children:f("assignmentsCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:f("department")}),e("th",{scope:"col",children:f("dueOn")}),e("th",{scope:"col",children:f("feasible")}),e("th",{scope:"col",children:f("opinion")}),e("th",{scope:"col",children:f("respondedAt")})]})}),e("tbody",{children:t.assignments.map(n=>e("tr",{children:[e("th",{scope:"row",children:n.department.name}),e("td",{children:n.dueOn?W(n.dueOn):"—"}),e("td",{children:n.feasible==null?e(j,{children:f("notAnswered")}):n.feasible?e(j,{tone:"success",icon:"○",children:f("feasibleYes")}):e(j,{tone:"danger",icon:"×",children:f("feasibleNo")})}),e("td",{class:"prewrap",children:n.opinion??""}),e("td",{children:n.respondedAt?O(n.respondedAt):"—"})]},n.department.id))})]})})]})}function Va({p:t}){return e("section",{"aria-labelledby":"sec-history",children:[e("h2",{id:"sec-history",children:f("secHistory")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"history",children:[e("caption",{class:"visually-hidden",children:f("historyCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:f("colWhen")}),e("th",{scope:"col",children:f("colAction")}),e("th",{scope:"col",children:f("colChange")}),e("th",{scope:"col",children:f("colActor")}),e("th",{scope:"col",children:f("colReason")})]})}),e("tbody",{children:t.history.map((n,i)=>e("tr",{children:[e("td",{children:O(n.at)}),e("td",{children:La.has(n.action)?f(`act${n.action}`):n.action}),e("td",{children:n.from||n.to?`${n.from?f(`status${n.from}`):""} → ${n.to?f(`status${n.to}`):""}`:""}),e("td",{children:Gt(n.actor)}),e("td",{class:"prewrap",children:n.reason})]},i))})]})})]})}var Lr=[{path:"/proposals",component:Nr,nav:{label:()=>f("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:qr,permission:{resource:"proposal",action:"read"}}];var l=fe({navChallenges:"行政課題",navCaseStudies:"連携事例",navAgreements:"連携協定",navProjects:"連携事業",navAnnouncements:"お知らせ",navMethods:"連携手法",listChallenges:"行政課題の一覧",listCaseStudies:"連携事例の一覧",listAgreements:"連携協定の一覧",listProjects:"連携事業の一覧",listAnnouncements:"お知らせの一覧",listMethods:"その他連携手法の一覧",newChallenge:"行政課題を作成",newCaseStudy:"連携事例を作成",newAgreement:"連携協定を作成",newProject:"連携事業を作成",newAnnouncement:"お知らせを作成",newMethod:"連携手法を追加",editChallenge:"行政課題の編集",editCaseStudy:"連携事例の編集",editAgreement:"連携協定の編集",editProject:"連携事業の編集",editAnnouncement:"お知らせの編集",editMethod:"連携手法の編集",backToList:"一覧へ戻る",filters:"絞り込み",search:"キーワード",searchHelp:"件名・本文などに含まれる語で絞り込みます。",any:"すべて",apply:"絞り込む",clear:"条件を消す",colTitle:"件名・名称",colState:"公開状態",colUpdated:"更新日時",colDepartment:"担当課",colPeriod:"期間",colLocality:"実施自治体",colCategory:"分類",colKind:"種類",colStatus:"状態",colSigned:"締結日",colPosition:"並び順",colKey:"識別子",colName:"名称",stateDRAFT:"下書き",statePUBLISHED:"公開中",stateARCHIVED:"アーカイブ",stateScheduled:"公開予約",publishedAt:"公開日時: {at}",scheduledAt:"{at} に公開予定",version:"版 {n}",title:"件名",name:"名称",background:"背景",desiredOutcome:"求める成果",department:"担当課",noDepartment:"（指定なし）",tags:"分野・タグ",tagsHelp:"読点「、」またはカンマで区切って入力します。",opensAt:"募集開始日時",closesAt:"募集終了日時",isOpen:"募集状況",open:"募集中",closed:"募集していない",locality:"実施自治体",localityHelp:"他の自治体の事例もあります（例: 青森市）。",program:"公民連携の窓口・プログラム名",category:"分類",catPARTNERSHIP:"連携事業",catDEMONSTRATION:"実証実験",catAGREEMENT:"連携協定",catOTHER:"その他",startOn:"開始日",endOn:"終了日",dateNote:"日程（原文）",dateNoteHelp:"「令和7年度中」のように日付で書けない日程を書きます。",summary:"概要",partners:"連携先",parties:"締結先（事業者等）",partnerSearch:"連携先を探す",partnerNone:"該当する連携先がありません。",partnersChosen:"選択中: {names}",resources:"提供リソース",resourcesHelp:"市と事業者等がそれぞれ提供するもの（ヒト・モノ・カネ・情報）を書きます。",resourcesCaption:"提供リソース（行: 種類、列: 提供する側）",kindCol:"種類",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",resCell:"{side}が提供する{kind}",merits:"メリット・期待される効果",meritFor:"{side}のメリット",meritHelp:"1行に1項目を書きます。",agreementKind:"協定の種類",akBUSINESS:"事業連携協定",akCOMPREHENSIVE:"包括連携協定",akMEMORANDUM:"覚書",agreementStatus:"協定の状態",asPLANNED:"締結予定",asACTIVE:"有効",asEXPIRED:"期間満了",asTERMINATED:"解除",purpose:"目的",signedOn:"締結日",termStartOn:"協定期間の開始日",termEndOn:"協定期間の終了日",items:"連携事項",itemsHelp:"1行に1項目を書きます。",projectKind:"事業の種類",pkPARTNERSHIP:"パートナーシップ事業",pkDEMONSTRATION:"実証実験サポート事業",projectStatus:"事業の状態",psPLANNED:"準備中",psONGOING:"実施中",psCOMPLETED:"完了",psCANCELLED:"中止",site:"実施場所",leadDepartment:"担当課",agreement:"根拠となる協定",noAgreement:"（なし）",body:"本文",annCategory:"区分",annCategoryHelp:"例: 募集、イベント、お知らせ",methodKey:"識別子（半角英数字）",methodKeyHelp:"例: pfi。公開サイトのURLなどに使います。",description:"内容",position:"並び順",saveDraft:"保存する",create:"作成する",saved:"保存しました。",created:"作成しました。",conflict:"他の職員が先に更新しました。再読み込みしてください",reloadLatest:"最新の内容を読み込む",secPublication:"公開",publishNow:"今すぐ公開",publishAt:"日時を指定して公開",publishAtLabel:"公開日時",publishAtHelp:"日本時間で指定します。過去の日時を指定すると、すぐに公開されます。",schedule:"公開を予約",unpublish:"公開をやめる（下書きに戻す）",archive:"アーカイブする",published:"公開しました。",scheduled:"公開を予約しました。",unpublished:"下書きに戻しました。",archived:"アーカイブしました。",confirmPublish:"公開しますか？",confirmPublishBody:"「{title}」を公開サイトに掲載します。",confirmUnpublish:"公開をやめますか？",confirmUnpublishBody:"「{title}」を公開サイトから外し、下書きに戻します。",confirmArchive:"アーカイブしますか？",confirmArchiveBody:"「{title}」をアーカイブします。",pendingNotice:"担当課からの変更が承認待ちです。「今すぐ公開」で反映されます。",preview:"プレビュー",previewMake:"プレビュー用リンクを作る",previewLink:"プレビューを開く（{at} まで有効）",previewTitle:"プレビュー（下書き）",previewNote:"この画面は公開前の内容です。公開サイトにはまだ表示されていません。",previewGone:"プレビューの有効期限が切れたか、リンクが正しくありません。編集画面からもう一度リンクを作ってください。",delete:"削除する",confirmDelete:"削除しますか？",confirmDeleteBody:"「{title}」を削除します。削除した直後であれば、この画面で元に戻せます。",deleted:"「{title}」を削除しました。",restoreDeleted:"元に戻す",restored:"元に戻しました。",secRevisions:"変更の履歴（版）",revNumber:"版",revAuthor:"保存した人",revAt:"保存日時",revPending:"承認待ち",revRestore:"この版に戻す",revRestoreNamed:"版{n}に戻す",confirmRevRestore:"版{n}に戻しますか？",confirmRevRestoreBody:"この版の内容を新しい下書きとして保存します。公開中の内容はそのままです。",revRestored:"版{n}を下書きとして復元しました。",revNone:"まだ履歴はありません。",revCaption:"変更の履歴",secMedia:"画像・資料",mediaNone:"画像・資料はまだありません。",mediaCaption:"画像・資料の一覧",mediaFile:"ファイル",mediaFileHelp:"写真（JPEG・PNG）やPDFを選びます。",mediaAlt:"代替テキスト",mediaAltHelp:"画像を見られない人のために、画像の内容を短い文で書きます（例: 駅前広場で清掃活動をする市職員と企業の社員）。",mediaAltFor:"「{file}」の代替テキスト",mediaAltMissing:"代替テキスト未入力",mediaAltSave:"代替テキストを保存",mediaAltSaved:"「{file}」の代替テキストを保存しました。",mediaUpload:"アップロード",mediaUploaded:"「{file}」を追加しました。",mediaChoose:"ファイルを選んでください。",mediaAskAlt:"画像には代替テキストを入力してください。",mediaDelete:"削除",mediaDeleteNamed:"「{file}」を削除",confirmMediaDelete:"「{file}」を削除しますか？",mediaDeleted:"「{file}」を削除しました。",mediaType:"種類",mediaSize:"大きさ",mediaOps:"操作",mediaAfterCreate:"画像・資料は、保存した後に追加できます。",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",notAllowed:"この画面を使う権限がありません。",none:"なし",saveFirst:"まず保存してください。"},{navChallenges:"Challenges",navCaseStudies:"Case studies",navAgreements:"Agreements",navProjects:"Projects",navAnnouncements:"Announcements",navMethods:"Collaboration methods",listChallenges:"Challenges",listCaseStudies:"Case studies",listAgreements:"Agreements",listProjects:"Projects",listAnnouncements:"Announcements",listMethods:"Other collaboration methods",newChallenge:"New challenge",newCaseStudy:"New case study",newAgreement:"New agreement",newProject:"New project",newAnnouncement:"New announcement",newMethod:"New method",editChallenge:"Edit challenge",editCaseStudy:"Edit case study",editAgreement:"Edit agreement",editProject:"Edit project",editAnnouncement:"Edit announcement",editMethod:"Edit collaboration method",backToList:"Back to the list",filters:"Filters",search:"Keywords",searchHelp:"Words in the title or text.",any:"All",apply:"Filter",clear:"Clear",colTitle:"Title",colState:"Publication",colUpdated:"Updated",colDepartment:"Department",colPeriod:"Period",colLocality:"Municipality",colCategory:"Category",colKind:"Kind",colStatus:"Status",colSigned:"Signed",colPosition:"Position",colKey:"Key",colName:"Name",stateDRAFT:"Draft",statePUBLISHED:"Published",stateARCHIVED:"Archived",stateScheduled:"Scheduled",publishedAt:"Published: {at}",scheduledAt:"Publishes at {at}",version:"Version {n}",title:"Title",name:"Name",background:"Background",desiredOutcome:"Desired outcome",department:"Department",noDepartment:"(none)",tags:"Tags",tagsHelp:"Separate with commas.",opensAt:"Proposals open",closesAt:"Proposals close",isOpen:"Open for proposals",open:"Open",closed:"Not open",locality:"Municipality",localityHelp:"It may be another city (e.g. Aomori).",program:"PPP desk or programme name",category:"Category",catPARTNERSHIP:"Partnership",catDEMONSTRATION:"Field trial",catAGREEMENT:"Agreement",catOTHER:"Other",startOn:"Start date",endOn:"End date",dateNote:"Schedule as written",dateNoteHelp:'For schedules that are not a date (e.g. "during FY2025").',summary:"Summary",partners:"Partners",parties:"Parties",partnerSearch:"Find partners",partnerNone:"No partner matches.",partnersChosen:"Chosen: {names}",resources:"Resources",resourcesHelp:"What the city and the partner each contribute (people, goods, money, information).",resourcesCaption:"Resources (rows: kind, columns: side)",kindCol:"Kind",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",resCell:"{kind} from the {side}",merits:"Merits and expected effects",meritFor:"Merits for the {side}",meritHelp:"One item per line.",agreementKind:"Kind of agreement",akBUSINESS:"Business agreement",akCOMPREHENSIVE:"Comprehensive agreement",akMEMORANDUM:"Memorandum",agreementStatus:"Status",asPLANNED:"Planned",asACTIVE:"In force",asEXPIRED:"Expired",asTERMINATED:"Terminated",purpose:"Purpose",signedOn:"Signed on",termStartOn:"Term starts",termEndOn:"Term ends",items:"Fields of cooperation",itemsHelp:"One item per line.",projectKind:"Scheme",pkPARTNERSHIP:"Partnership project",pkDEMONSTRATION:"Supported field trial",projectStatus:"Status",psPLANNED:"Planned",psONGOING:"Ongoing",psCOMPLETED:"Completed",psCANCELLED:"Cancelled",site:"Site",leadDepartment:"Lead department",agreement:"Agreement it runs under",noAgreement:"(none)",body:"Body",annCategory:"Category",annCategoryHelp:"e.g. Call, Event, News",methodKey:"Key (ASCII)",methodKeyHelp:"e.g. pfi; used in portal URLs.",description:"Description",position:"Position",saveDraft:"Save",create:"Create",saved:"Saved.",created:"Created.",conflict:"Another staff member updated this first. Please reload.",reloadLatest:"Load the latest",secPublication:"Publication",publishNow:"Publish now",publishAt:"Publish at a time",publishAtLabel:"Publish at",publishAtHelp:"Japan time. A past time publishes now.",schedule:"Schedule",unpublish:"Unpublish (back to draft)",archive:"Archive",published:"Published.",scheduled:"Scheduled.",unpublished:"Back to draft.",archived:"Archived.",confirmPublish:"Publish?",confirmPublishBody:'"{title}" goes on the portal.',confirmUnpublish:"Unpublish?",confirmUnpublishBody:'"{title}" leaves the portal and becomes a draft.',confirmArchive:"Archive?",confirmArchiveBody:'"{title}" will be archived.',pendingNotice:`A department's change waits for approval; "Publish now" applies it.`,preview:"Preview",previewMake:"Make a preview link",previewLink:"Open the preview (valid until {at})",previewTitle:"Preview (draft)",previewNote:"This is the content before publication; the portal does not show it yet.",previewGone:"The preview link has expired or is wrong. Make a new one from the editor.",delete:"Delete",confirmDelete:"Delete?",confirmDeleteBody:'"{title}" will be deleted. Right after deleting you can undo it here.',deleted:'Deleted "{title}".',restoreDeleted:"Undo",restored:"Restored.",secRevisions:"Revisions",revNumber:"Version",revAuthor:"Saved by",revAt:"Saved",revPending:"Awaiting approval",revRestore:"Restore this version",revRestoreNamed:"Restore version {n}",confirmRevRestore:"Restore version {n}?",confirmRevRestoreBody:"Its content is saved as a new draft; live content stays as it is.",revRestored:"Version {n} restored as a draft.",revNone:"No revisions yet.",revCaption:"Revisions",secMedia:"Photos and documents",mediaNone:"No photos or documents yet.",mediaCaption:"Photos and documents",mediaFile:"File",mediaFileHelp:"A photo (JPEG, PNG) or a PDF.",mediaAlt:"Text alternative",mediaAltHelp:"Describe the image in a short sentence for people who cannot see it.",mediaAltFor:'Text alternative of "{file}"',mediaAltMissing:"No text alternative",mediaAltSave:"Save text alternative",mediaAltSaved:'Saved the text alternative of "{file}".',mediaUpload:"Upload",mediaUploaded:'Added "{file}".',mediaChoose:"Choose a file.",mediaAskAlt:"Please write a text alternative for an image.",mediaDelete:"Delete",mediaDeleteNamed:'Delete "{file}"',confirmMediaDelete:'Delete "{file}"?',mediaDeleted:'Deleted "{file}".',mediaType:"Type",mediaSize:"Size",mediaOps:"Actions",mediaAfterCreate:"Photos and documents can be added once it is saved.",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",notAllowed:"You may not use this screen.",none:"None",saveFirst:"Save first."});var $t="";function ue(t){let[n,i]=h(t.blank),[o,r]=h(()=>{let d=$t;return $t="",d});ee(()=>{t.item&&i(t.toForm(t.item))},[t.item]);let s=L(async()=>{if(r(""),!t.item){let d=await t.create(n);$t=l("created"),r($t),ae(t.path(d));return}await t.update(n,t.item.version),r(l("saved")),await t.q.reload()});return{form:n,set:(d,a)=>i(m=>({...m,[d]:a})),save:()=>{s.run()},busy:s.busy,error:s.error,notice:o,setNotice:r,reload:()=>{s.clear(),t.q.reload()}}}function ge({state:t,publishedAt:n}){return t==="PUBLISHED"&&n&&new Date(n).getTime()>Date.now()?e(j,{tone:"warning",icon:"◇",testid:"pub-state",children:l("stateScheduled")}):e(j,{tone:t==="PUBLISHED"?"success":t==="ARCHIVED"?"neutral":"info",icon:t==="PUBLISHED"?"●":t==="ARCHIVED"?"■":"✎",testid:"pub-state",children:l(`state${t}`)})}var Ha=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:"Asia/Tokyo"});function Xt(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return"";let i=Object.fromEntries(Ha.formatToParts(n).map(r=>[r.type,r.value])),o=i.hour==="24"?"00":i.hour;return`${i.year}-${i.month}-${i.day}T${o}:${i.minute}`}function Be(t){return t?`${t.length===16?`${t}:00`:t}+09:00`:null}function je(t,n=!1){return(n?t.split(/\r?\n/):t.split(/[、,，\n]/)).map(o=>o.trim()).filter(Boolean)}function Zt(t){return t<1024?l("bytes",{n:t}):t<1024*1024?l("kb",{n:(t/1024).toFixed(1)}):l("mb",{n:(t/1024/1024).toFixed(1)})}function H(t){return t.trim()===""?null:t}function se(t,n,i){let o=t.map(r=>({value:r,label:n(r)}));return i?[{value:"",label:i},...o]:o}function pe({error:t,onReload:n}){return t?t.code==="CONFLICT"?e("div",{class:"banner banner-error",role:"alert","data-testid":"conflict",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:l("conflict")}),e("button",{type:"button",class:"btn btn-small",onClick:n,children:l("reloadLatest")})]}):e(P,{error:t}):null}function te({title:t,list:n,listLabel:i,children:o}){return e("div",{class:"content-head",children:[e("p",{class:"content-back",children:e("a",{href:R(n),children:["← ",l("backToList"),"（",i,"）"]})}),e("h1",{children:t}),o]})}var jr=D(`
  mutation ContentPublish($id: ID!, $at: DateTime) {
    publish(id: $id, at: $at) {
      id
    }
  }
`),Ka=D(`
  mutation ContentUnpublish($id: ID!) {
    unpublish(id: $id) {
      id
    }
  }
`),Wa=D(`
  mutation ContentArchive($id: ID!) {
    archive(id: $id) {
      id
    }
  }
`),Qa=D(`
  mutation ContentRestoreDeleted($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),Ja=D(`
  mutation ContentPreviewToken($id: ID!) {
    createPreviewToken(id: $id) {
      token
      expiresAt
    }
  }
`);function ve(t){let n=ye(),i=re(n,{resource:"content",action:"publish"}),o=re(n,{resource:"content",action:"preview"}),r=re(n,{resource:"content",action:"restore"}),[s,d]=h(null),[a,m]=h(""),[g,p]=h(""),[A,y]=h(!1),[u,b]=h(null),v=L(async x=>{switch(p(""),x){case"publish":await w(jr,{id:t.id,at:null}),p(l("published"));break;case"schedule":await w(jr,{id:t.id,at:Be(a)}),p(l("scheduled"));break;case"unpublish":await w(Ka,{id:t.id}),p(l("unpublished"));break;case"archive":await w(Wa,{id:t.id}),p(l("archived"));break;case"delete":await t.remove(t.id),y(!0),p(l("deleted",{title:t.title})),d(null);return;case"undo":await w(Qa,{id:t.id}),y(!1),p(l("restored")),t.onRestored();return;case"preview":{let me=await w(Ja,{id:t.id});b(me.createPreviewToken);return}}d(null),t.onChanged()}),k=x=>{v.run(x).then(()=>d(null))},q=oe();if(A)return e("section",{"aria-labelledby":`${q}-h`,class:"content-panel",children:[e("h2",{id:`${q}-h`,children:l("secPublication")}),e(B,{children:g}),e(P,{error:v.error}),r&&e($,{variant:"primary",busy:v.busy,onClick:()=>k("undo"),"data-testid":"restore-deleted",children:l("restoreDeleted")})]});let M={publish:{title:l("confirmPublish"),body:l("confirmPublishBody",{title:t.title}),label:l("publishNow"),danger:!1},unpublish:{title:l("confirmUnpublish"),body:l("confirmUnpublishBody",{title:t.title}),label:l("unpublish"),danger:!0},archive:{title:l("confirmArchive"),body:l("confirmArchiveBody",{title:t.title}),label:l("archive"),danger:!0},delete:{title:l("confirmDelete"),body:l("confirmDeleteBody",{title:t.title}),label:l("delete"),danger:!0}},F=s?M[s]:null;return e("section",{"aria-labelledby":`${q}-h`,class:"content-panel","data-testid":"publication",children:[e("h2",{id:`${q}-h`,children:l("secPublication")}),t.state&&e("p",{children:[e(ge,{state:t.state,publishedAt:t.publishedAt})," ",t.publishedAt&&(new Date(t.publishedAt).getTime()>Date.now()?l("scheduledAt",{at:O(t.publishedAt)}):l("publishedAt",{at:O(t.publishedAt)}))]}),t.pending&&e("p",{class:"content-pending",children:l("pendingNotice")}),e(B,{children:g}),e(P,{error:v.error}),t.state&&i&&e(T,{children:[e("div",{class:"actions",children:[e($,{variant:"primary",onClick:()=>d("publish"),"data-testid":"publish-now",children:l("publishNow")}),t.state!=="DRAFT"&&e($,{onClick:()=>d("unpublish"),"data-testid":"unpublish",children:l("unpublish")}),t.state!=="ARCHIVED"&&e($,{onClick:()=>d("archive"),"data-testid":"archive",children:l("archive")})]}),e("form",{class:"content-schedule",onSubmit:x=>{x.preventDefault(),a&&k("schedule")},children:e(G,{legend:l("publishAt"),children:[e(S,{label:l("publishAtLabel"),type:"datetime-local",value:a,onInput:m,help:l("publishAtHelp"),required:!0,testid:"publish-at"}),e($,{type:"submit",busy:v.busy,disabled:!a,"data-testid":"schedule",children:l("schedule")})]})})]}),e("div",{class:"actions",children:[o&&t.state&&e($,{onClick:()=>k("preview"),busy:v.busy,"data-testid":"make-preview",children:l("previewMake")}),u&&e("a",{class:"btn btn-link",href:R(`/preview/${u.token}`),"data-testid":"preview-link",children:l("previewLink",{at:O(u.expiresAt)})}),e($,{variant:"danger",onClick:()=>d("delete"),"data-testid":"delete",children:l("delete")})]}),e(ne,{open:F!==null,title:F?.title??"",confirmLabel:F?.label,danger:F?.danger,busy:v.busy,onConfirm:()=>s&&k(s),onCancel:()=>d(null),children:e("p",{children:F?.body})})]})}var za=D(`
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
`),Ga=D(`
  mutation ContentRestoreRevision($id: ID!) {
    restoreRevision(id: $id) {
      id
    }
  }
`);function Ae({id:t,version:n,onRestored:i}){let o=ye(),r=re(o,{resource:"content",action:"readRevisions"}),s=re(o,{resource:"content",action:"revisions"}),d=N(za,{id:t},!r),a=Pe(n);ee(()=>{a.current!==n&&(a.current=n,d.reload())},[n]);let[m,g]=h(null),[p,A]=h(""),y=L(async v=>{await w(Ga,{id:v.id}),A(l("revRestored",{n:v.number})),g(null),i()}),u=oe();if(!r)return null;let b=d.data?.revisions??[];return e("section",{"aria-labelledby":u,class:"content-panel",children:[e("h2",{id:u,children:l("secRevisions")}),e(B,{children:p}),e(P,{error:d.error??y.error}),b.length===0?e("p",{children:l("revNone")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"revisions",children:[e("caption",{class:"visually-hidden",children:l("revCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:l("revNumber")}),e("th",{scope:"col",children:l("revAuthor")}),e("th",{scope:"col",children:l("revAt")}),s&&e("th",{scope:"col",children:l("mediaOps")})]})}),e("tbody",{children:b.map(v=>e("tr",{children:[e("td",{children:[v.number," ",v.pending&&e(j,{tone:"warning",icon:"△",children:l("revPending")})]}),e("td",{children:v.author?.displayName??"—"}),e("td",{children:O(v.createdAt)}),s&&e("td",{children:e($,{variant:"link",onClick:()=>g({id:v.id,number:v.number}),children:l("revRestoreNamed",{n:v.number})})})]},v.id))})]})}),e(ne,{open:m!==null,title:m?l("confirmRevRestore",{n:m.number}):"",confirmLabel:l("revRestore"),busy:y.busy,onConfirm:()=>m&&void y.run(m),onCancel:()=>g(null),children:e("p",{children:l("confirmRevRestoreBody")})})]})}D(`
  fragment ContentMediaItem on Media {
    id
    fileName
    contentType
    size
    url
    alt
  }
`);var Ya=D(`
  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
    attachMedia(contentId: $contentId, file: $file, alt: $alt) {
      id
      fileName
    }
  }
`),Xa=D(`
  mutation ContentUpdateMedia($id: ID!, $alt: String!) {
    updateMedia(id: $id, alt: $alt) {
      id
      alt
    }
  }
`),Za=D(`
  mutation ContentDeleteMedia($id: ID!) {
    deleteMedia(id: $id)
  }
`);function es({m:t,onSaved:n}){let[i,o]=h(t.alt);ee(()=>o(t.alt),[t.alt]);let r=L(async()=>{await w(Xa,{id:t.id,alt:i}),n(l("mediaAltSaved",{file:t.fileName}))});return e("form",{class:"content-alt",onSubmit:s=>{s.preventDefault(),r.run()},children:[e(S,{label:l("mediaAltFor",{file:t.fileName}),value:i,onInput:o,maxLength:250,error:r.error?r.error.clerkMessage():void 0}),e($,{type:"submit",busy:r.busy,disabled:i===t.alt,children:l("mediaAltSave")})]})}function ke({contentId:t,media:n,onChanged:i}){let o=ye(),r=re(o,{resource:"content",action:"media"}),[s,d]=h(null),[a,m]=h(""),[g,p]=h(""),[A,y]=h(""),[u,b]=h(null),v=L(async F=>{let x=await Ct(Ya,{contentId:t,file:null,alt:H(a)},[{path:"variables.file",file:s}]);p(l("mediaUploaded",{file:x.attachMedia.fileName})),d(null),m(""),F.reset(),i()}),k=L(async F=>{await w(Za,{id:F.id}),p(l("mediaDeleted",{file:F.fileName})),b(null),i()}),q=oe(),M=oe();return e("section",{"aria-labelledby":q,class:"content-panel","data-testid":"media",children:[e("h2",{id:q,children:l("secMedia")}),e(B,{children:g}),e(P,{error:v.error??k.error}),n.length===0?e("p",{children:l("mediaNone")}):e("ul",{class:"content-media",children:n.map(F=>e("li",{children:[e("p",{children:[e("strong",{children:F.fileName}),"（",F.contentType,"、",Zt(F.size),"）"," ",F.contentType.startsWith("image/")&&F.alt===""&&e(j,{tone:"warning",icon:"!",children:l("mediaAltMissing")})]}),r&&e("div",{class:"content-media-ops",children:[e(es,{m:F,onSaved:p}),e($,{variant:"danger",onClick:()=>b(F),"aria-label":l("mediaDeleteNamed",{file:F.fileName}),children:l("mediaDelete")})]})]},F.id))}),r&&e("form",{class:"content-upload",onSubmit:F=>{if(F.preventDefault(),y(""),!s)return y(l("mediaChoose"));if(s.type.startsWith("image/")&&a.trim()==="")return y(l("mediaAskAlt"));v.run(F.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:M,children:l("mediaFile")}),e("input",{id:M,type:"file",accept:"image/jpeg,image/png,image/gif,image/webp,application/pdf","aria-describedby":`${M}-help`,"data-testid":"media-file",onChange:F=>d(F.currentTarget.files?.[0]??null)}),e("p",{class:"help",id:`${M}-help`,children:l("mediaFileHelp")})]}),e(S,{label:l("mediaAlt"),value:a,onInput:m,help:l("mediaAltHelp"),maxLength:250,testid:"media-alt",error:A||void 0}),e($,{type:"submit",variant:"primary",busy:v.busy,"data-testid":"media-upload",children:l("mediaUpload")})]}),e(ne,{open:u!==null,title:u?l("confirmMediaDelete",{file:u.fileName}):"",confirmLabel:l("mediaDelete"),danger:!0,busy:k.busy,onConfirm:()=>u&&void k.run(u),onCancel:()=>b(null)})]})}var Se=["CITY","PARTNER"],Pt=["PEOPLE","GOODS","MONEY","INFORMATION"];function St(t){let n={};for(let i of t){let o=`${i.side}/${i.kind}`;n[o]=n[o]?`${n[o]}
${i.description}`:i.description}return n}function xt(t){let n=[];for(let i of Se)for(let o of Pt){let r=(t[`${i}/${o}`]??"").trim();r&&n.push({side:i,kind:o,description:r})}return n}function wt({value:t,onChange:n}){let i=oe();return e(G,{legend:l("resources"),children:[e("p",{class:"help",children:l("resourcesHelp")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix content-matrix","data-testid":"resources-editor",children:[e("caption",{class:"visually-hidden",children:l("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:l("kindCol")}),Se.map(o=>e("th",{scope:"col",children:l(`side${o}`)},o))]})}),e("tbody",{children:Pt.map(o=>e("tr",{children:[e("th",{scope:"row",children:l(`res${o}`)}),Se.map(r=>{let s=`${i}-${r}-${o}`;return e("td",{children:[e("label",{for:s,class:"visually-hidden",children:l("resCell",{side:l(`side${r}`),kind:l(`res${o}`)})}),e("textarea",{id:s,rows:3,value:t[`${r}/${o}`]??"","data-testid":`res-${r}-${o}`,onInput:d=>n({...t,[`${r}/${o}`]:d.currentTarget.value})})]},r)})]},o))})]})})]})}function Ve(t){let n={CITY:"",PARTNER:""};for(let i of t)n[i.side]=n[i.side]?`${n[i.side]}
${i.description}`:i.description;return n}function He(t){return Se.flatMap(n=>je(t[n],!0).map(i=>({side:n,description:i})))}function Ke({value:t,onChange:n}){return e(G,{legend:l("merits"),class:"content-merits",children:Se.map(i=>e(z,{label:l("meritFor",{side:l(`side${i}`)}),help:l("meritHelp"),value:t[i],rows:3,testid:`merit-${i}`,onInput:o=>n({...t,[i]:o})},i))})}function ce(t){return e(T,{children:[e("div",{class:"content-listhead",children:[e("h1",{children:t.title}),t.newLabel&&t.newPath&&e("a",{class:"btn btn-primary",href:R(t.newPath),"data-testid":"new-item",children:["＋ ",t.newLabel]})]}),t.filters&&e("form",{class:"content-filters",role:"search",onSubmit:n=>{n.preventDefault(),t.onApply?.()},children:e(G,{legend:l("filters"),children:[e("div",{class:"content-filter-row",children:t.filters}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",children:l("apply")}),e($,{onClick:t.onClear,children:l("clear")})]})]})}),t.children]})}function Ie(t){let[n,i]=h(t),[o,r]=h(t),[s,d]=h(null);return{draft:n,setDraft:i,filter:o,apply:()=>{r(n),d(null)},clear:()=>{i(t),r(t),d(null)},after:s,setAfter:d}}var ie=20,ts=D(`
  query ContentDepartments {
    municipality {
      departments {
        id
        name
      }
    }
  }
`);function We(t){let n=N(ts,{}),i=[{value:"",label:t.noneLabel},...(n.data?.municipality.departments??[]).map(o=>({value:o.id,label:o.name}))];return e(_,{label:t.label,value:t.value,onChange:t.onChange,options:i,testid:t.testid})}var ns=D(`
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
`);function Qe({legend:t,value:n,onChange:i}){let[o,r]=h(""),[s,d]=h(""),a=N(ns,{search:H(s)}),m=new Set(n.map(y=>y.id)),g=(a.data?.partners.edges??[]).map(y=>y.node).filter(y=>!m.has(y.id)),p=(y,u)=>i(u?[...n,y]:n.filter(b=>b.id!==y.id)),A=oe();return e(G,{legend:t,class:"content-partners",children:[e("ul",{class:"content-checks",children:[...n,...g].map(y=>e("li",{children:[e("input",{id:`${A}-${y.id}`,type:"checkbox",checked:m.has(y.id),onChange:u=>p(y,u.currentTarget.checked)})," ",e("label",{for:`${A}-${y.id}`,children:y.name})]},y.id))}),g.length===0&&n.length===0&&e("p",{children:l("partnerNone")}),e("div",{class:"content-inline",children:[e(S,{label:l("partnerSearch"),type:"search",value:o,onInput:r}),e($,{onClick:()=>d(o),children:l("apply")})]})]})}var Br=["BUSINESS","COMPREHENSIVE","MEMORANDUM"],Vr=["PLANNED","ACTIVE","EXPIRED","TERMINATED"],is=D(`
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
`);function Hr(t){let n=Ie({search:"",kind:"",status:""}),i={search:H(n.filter.search),kind:H(n.filter.kind),status:H(n.filter.status)},o=N(is,{first:ie,after:n.after,filter:i});return e(ce,{title:l("listAgreements"),newLabel:l("newAgreement"),newPath:"/content/agreements/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(S,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(_,{label:l("agreementKind"),value:n.draft.kind,onChange:r=>n.setDraft({...n.draft,kind:r}),options:se(Br,r=>l(`ak${r}`),l("any"))}),e(_,{label:l("agreementStatus"),value:n.draft.status,onChange:r=>n.setDraft({...n.draft,status:r}),options:se(Vr,r=>l(`as${r}`),l("any"))})]}),children:[e(P,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(U,{label:C("loading")}),e(X,{caption:l("listAgreements"),testid:"agreement-list",page:o.data?.agreements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:ie,columns:[{header:l("colTitle"),cell:r=>e("a",{href:R(`/content/agreements/${r.id}`),children:r.title})},{header:l("parties"),cell:r=>r.parties.map(s=>s.name).join("、")||"—"},{header:l("colKind"),cell:r=>l(`ak${r.kind}`)},{header:l("colSigned"),cell:r=>W(r.signedOn)||"—"},{header:l("colStatus"),cell:r=>l(`as${r.status}`)},{header:l("colState"),cell:r=>e(ge,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>O(r.updatedAt)}]})]})}var rs=D(`
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
`),os=D(`
  mutation ContentAgreementCreate($input: AgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`),as=D(`
  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
    updateAgreement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),ss=D(`
  mutation ContentAgreementDelete($id: ID!) {
    deleteAgreement(id: $id)
  }
`),ls={custom:be,kind:"BUSINESS",title:"",purpose:"",parties:[],signedOn:"",termStartOn:"",termEndOn:"",items:"",merits:{CITY:"",PARTNER:""},status:"PLANNED"};function Ur(t){return{customFields:Ce(t.custom),kind:t.kind,title:t.title,purpose:t.purpose,partyIds:t.parties.map(n=>n.id),signedOn:H(t.signedOn),termStartOn:H(t.termStartOn),termEndOn:H(t.termEndOn),items:je(t.items,!0),merits:He(t.merits),status:t.status}}function Kr({params:t}){let n=t.id==="new",i=N(rs,{id:t.id??""},n),o=n?null:i.data?.agreement,r=ue({q:i,item:o,blank:ls,toForm:a=>({custom:he(a.customFields),kind:a.kind,title:a.title,purpose:a.purpose,parties:a.parties.map(m=>({id:m.id,name:m.name})),signedOn:a.signedOn??"",termStartOn:a.termStartOn??"",termEndOn:a.termEndOn??"",items:a.items.join(`
`),merits:Ve(a.merits),status:a.status}),create:async a=>(await w(os,{input:Ur(a)})).createAgreement.id,update:(a,m)=>w(as,{id:t.id,input:Ur(a),version:m}),path:a=>`/content/agreements/${a}`}),s=n?l("newAgreement"):l("editAgreement");if(!n&&!o)return e(T,{children:[e(te,{title:s,list:"/content/agreements",listLabel:l("listAgreements")}),i.loading?e(U,{label:C("loading")}):e(P,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let d=r.form;return e(T,{children:[e(te,{title:s,list:"/content/agreements",listLabel:l("listAgreements"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(B,{children:r.notice}),e(pe,{error:r.error,onReload:r.reload}),e(S,{label:l("name"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(_,{label:l("agreementKind"),value:d.kind,onChange:a=>r.set("kind",a),options:se(Br,a=>l(`ak${a}`))}),e(_,{label:l("agreementStatus"),value:d.status,onChange:a=>r.set("status",a),options:se(Vr,a=>l(`as${a}`))})]}),e(z,{label:l("purpose"),value:d.purpose,onInput:a=>r.set("purpose",a),rows:4}),e(Qe,{legend:l("parties"),value:d.parties,onChange:a=>r.set("parties",a)}),e(z,{label:l("items"),value:d.items,onInput:a=>r.set("items",a),help:l("itemsHelp"),rows:5,testid:"field-items"}),e(De,{target:"AGREEMENT",value:d.custom,onChange:a=>r.set("custom",a)}),e(S,{label:l("signedOn"),type:"date",value:d.signedOn,onInput:a=>r.set("signedOn",a),help:W(d.signedOn),testid:"field-signed"}),e("div",{class:"content-pair",children:[e(S,{label:l("termStartOn"),type:"date",value:d.termStartOn,onInput:a=>r.set("termStartOn",a),help:W(d.termStartOn),testid:"field-term-start"}),e(S,{label:l("termEndOn"),type:"date",value:d.termEndOn,onInput:a=>r.set("termEndOn",a),help:W(d.termEndOn),testid:"field-term-end"})]}),e(Ke,{value:d.merits,onChange:a=>r.set("merits",a)}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(ve,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>w(ss,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(ke,{contentId:o.id,media:o.media,onChanged:r.reload}),e(Ae,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var ds=D(`
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
`);function Qr(t){let n=Ie({search:"",category:""}),i={search:H(n.filter.search),category:H(n.filter.category)},o=N(ds,{first:ie,after:n.after,filter:i});return e(ce,{title:l("listAnnouncements"),newLabel:l("newAnnouncement"),newPath:"/content/announcements/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(S,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(S,{label:l("annCategory"),value:n.draft.category,onInput:r=>n.setDraft({...n.draft,category:r}),help:l("annCategoryHelp")})]}),children:[e(P,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(U,{label:C("loading")}),e(X,{caption:l("listAnnouncements"),testid:"announcement-list",page:o.data?.announcements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:ie,columns:[{header:l("colTitle"),cell:r=>e("a",{href:R(`/content/announcements/${r.id}`),children:r.title})},{header:l("colCategory"),cell:r=>r.category||"—"},{header:l("colState"),cell:r=>e(ge,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>O(r.updatedAt)}]})]})}var us=D(`
  query ContentAnnouncement($id: ID!) {
    announcement(id: $id) {
      id
      title
      body
      category
      publicationState
      publishedAt
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
`),ps=D(`
  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`),cs=D(`
  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
    updateAnnouncement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),ms=D(`
  mutation ContentAnnouncementDelete($id: ID!) {
    deleteAnnouncement(id: $id)
  }
`),gs={title:"",body:"",category:"",custom:be};function Wr(t){return{title:t.title,body:t.body,category:t.category,customFields:Ce(t.custom)}}function Jr({params:t}){let n=t.id==="new",i=N(us,{id:t.id??""},n),o=n?null:i.data?.announcement,r=ue({q:i,item:o,blank:gs,toForm:a=>({title:a.title,body:a.body,category:a.category,custom:he(a.customFields)}),create:async a=>(await w(ps,{input:Wr(a)})).createAnnouncement.id,update:(a,m)=>w(cs,{id:t.id,input:Wr(a),version:m}),path:a=>`/content/announcements/${a}`}),s=n?l("newAnnouncement"):l("editAnnouncement");if(!n&&!o)return e(T,{children:[e(te,{title:s,list:"/content/announcements",listLabel:l("listAnnouncements")}),i.loading?e(U,{label:C("loading")}):e(P,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let d=r.form;return e(T,{children:[e(te,{title:s,list:"/content/announcements",listLabel:l("listAnnouncements"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(B,{children:r.notice}),e(pe,{error:r.error,onReload:r.reload}),e(S,{label:l("title"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(S,{label:l("annCategory"),value:d.category,onInput:a=>r.set("category",a),help:l("annCategoryHelp"),maxLength:50}),e(z,{label:l("body"),value:d.body,onInput:a=>r.set("body",a),rows:10,testid:"field-body"}),e(De,{target:"ANNOUNCEMENT",value:d.custom,onChange:a=>r.set("custom",a)}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(ve,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>w(ms,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(ke,{contentId:o.id,media:o.media,onChanged:r.reload}),e(Ae,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var Gr=["PARTNERSHIP","DEMONSTRATION","AGREEMENT","OTHER"],fs=D(`
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
`);function Yr(t){let n=Ie({search:"",category:"",locality:""}),i={search:H(n.filter.search),category:H(n.filter.category)??null,locality:H(n.filter.locality)},o=N(fs,{first:ie,after:n.after,filter:i});return e(ce,{title:l("listCaseStudies"),newLabel:l("newCaseStudy"),newPath:"/content/case-studies/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(S,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(_,{label:l("category"),value:n.draft.category,onChange:r=>n.setDraft({...n.draft,category:r}),options:se(Gr,r=>l(`cat${r}`),l("any"))}),e(S,{label:l("locality"),value:n.draft.locality,onInput:r=>n.setDraft({...n.draft,locality:r})})]}),children:[e(P,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(U,{label:C("loading")}),e(X,{caption:l("listCaseStudies"),testid:"case-study-list",page:o.data?.caseStudies,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:ie,columns:[{header:l("colTitle"),cell:r=>e("a",{href:R(`/content/case-studies/${r.id}`),children:r.title})},{header:l("colLocality"),cell:r=>r.locality||"—"},{header:l("colCategory"),cell:r=>l(`cat${r.category}`)},{header:l("colPeriod"),cell:r=>r.startOn||r.endOn?`${W(r.startOn)} 〜 ${W(r.endOn)}`:"—"},{header:l("colState"),cell:r=>e(ge,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>O(r.updatedAt)}]})]})}var ys=D(`
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
`),bs=D(`
  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
    }
  }
`),hs=D(`
  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
    updateCaseStudy(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Cs=D(`
  mutation ContentCaseStudyDelete($id: ID!) {
    deleteCaseStudy(id: $id)
  }
`),Ds={custom:be,title:"",locality:"",program:"",category:"PARTNERSHIP",partners:[],startOn:"",endOn:"",dateNote:"",summary:"",resources:{},merits:{CITY:"",PARTNER:""},tags:""};function zr(t){return{customFields:Ce(t.custom),title:t.title,locality:t.locality,program:t.program,category:t.category,partnerIds:t.partners.map(n=>n.id),startOn:H(t.startOn),endOn:H(t.endOn),dateNote:t.dateNote,summary:t.summary,resources:xt(t.resources),merits:He(t.merits),tags:je(t.tags)}}function Xr({params:t}){let n=t.id==="new",i=N(ys,{id:t.id??""},n),o=n?null:i.data?.caseStudy,r=ue({q:i,item:o,blank:Ds,toForm:a=>({custom:he(a.customFields),title:a.title,locality:a.locality,program:a.program,category:a.category,partners:a.partners.map(m=>({id:m.id,name:m.name})),startOn:a.startOn??"",endOn:a.endOn??"",dateNote:a.dateNote,summary:a.summary,resources:St(a.resources),merits:Ve(a.merits),tags:a.tags.join("、")}),create:async a=>(await w(bs,{input:zr(a)})).createCaseStudy.id,update:(a,m)=>w(hs,{id:t.id,input:zr(a),version:m}),path:a=>`/content/case-studies/${a}`}),s=n?l("newCaseStudy"):l("editCaseStudy");if(!n&&!o)return e(T,{children:[e(te,{title:s,list:"/content/case-studies",listLabel:l("listCaseStudies")}),i.loading?e(U,{label:C("loading")}):e(P,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let d=r.form;return e(T,{children:[e(te,{title:s,list:"/content/case-studies",listLabel:l("listCaseStudies"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(B,{children:r.notice}),e(pe,{error:r.error,onReload:r.reload}),e(S,{label:l("name"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(S,{label:l("locality"),value:d.locality,onInput:a=>r.set("locality",a),help:l("localityHelp"),maxLength:100,testid:"field-locality"}),e(S,{label:l("program"),value:d.program,onInput:a=>r.set("program",a),maxLength:100})]}),e(_,{label:l("category"),value:d.category,onChange:a=>r.set("category",a),options:se(Gr,a=>l(`cat${a}`)),testid:"field-category"}),e("div",{class:"content-pair",children:[e(S,{label:l("startOn"),type:"date",value:d.startOn,onInput:a=>r.set("startOn",a),help:W(d.startOn),testid:"field-start"}),e(S,{label:l("endOn"),type:"date",value:d.endOn,onInput:a=>r.set("endOn",a),help:W(d.endOn),testid:"field-end"})]}),e(S,{label:l("dateNote"),value:d.dateNote,onInput:a=>r.set("dateNote",a),help:l("dateNoteHelp"),maxLength:250}),e(z,{label:l("summary"),value:d.summary,onInput:a=>r.set("summary",a),rows:6,testid:"field-summary"}),e(De,{target:"CASE_STUDY",value:d.custom,onChange:a=>r.set("custom",a)}),e(Qe,{legend:l("partners"),value:d.partners,onChange:a=>r.set("partners",a)}),e(wt,{value:d.resources,onChange:a=>r.set("resources",a)}),e(Ke,{value:d.merits,onChange:a=>r.set("merits",a)}),e(S,{label:l("tags"),value:d.tags,onInput:a=>r.set("tags",a),help:l("tagsHelp")}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(ve,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>w(Cs,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(ke,{contentId:o.id,media:o.media,onChanged:r.reload}),e(Ae,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var vs=D(`
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
`);function eo(t){let n=Ie({search:"",departmentId:"",isOpen:""}),i={search:H(n.filter.search),departmentId:H(n.filter.departmentId),isOpen:n.filter.isOpen===""?null:n.filter.isOpen==="true"},o=N(vs,{first:ie,after:n.after,filter:i});return e(ce,{title:l("listChallenges"),newLabel:l("newChallenge"),newPath:"/content/challenges/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(S,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(We,{label:l("department"),value:n.draft.departmentId,onChange:r=>n.setDraft({...n.draft,departmentId:r}),noneLabel:l("any")}),e(_,{label:l("isOpen"),value:n.draft.isOpen,onChange:r=>n.setDraft({...n.draft,isOpen:r}),options:[{value:"",label:l("any")},{value:"true",label:l("open")},{value:"false",label:l("closed")}]})]}),children:[e(P,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(U,{label:C("loading")}),e(X,{caption:l("listChallenges"),testid:"challenge-list",page:o.data?.challenges,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:ie,columns:[{header:l("colTitle"),cell:r=>e("a",{href:R(`/content/challenges/${r.id}`),children:r.title})},{header:l("colDepartment"),cell:r=>r.department?.name??"—"},{header:l("colPeriod"),cell:r=>r.opensAt||r.closesAt?`${O(r.opensAt)} 〜 ${O(r.closesAt)}`:"—"},{header:l("colState"),cell:r=>e(ge,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>O(r.updatedAt)}]})]})}var As=D(`
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
`),ks=D(`
  mutation ContentChallengeCreate($input: ChallengeInput!) {
    createChallenge(input: $input) {
      id
    }
  }
`),Is=D(`
  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
    updateChallenge(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),$s=D(`
  mutation ContentChallengeDelete($id: ID!) {
    deleteChallenge(id: $id)
  }
`),Ps={custom:be,title:"",background:"",desiredOutcome:"",departmentId:"",tags:"",opensAt:"",closesAt:""};function Zr(t){return{customFields:Ce(t.custom),title:t.title,background:t.background,desiredOutcome:t.desiredOutcome,departmentId:H(t.departmentId),tags:je(t.tags),opensAt:Be(t.opensAt),closesAt:Be(t.closesAt)}}function to({params:t}){let n=t.id==="new",i=N(As,{id:t.id??""},n),o=n?null:i.data?.challenge,r=ue({q:i,item:o,blank:Ps,toForm:a=>({custom:he(a.customFields),title:a.title,background:a.background,desiredOutcome:a.desiredOutcome,departmentId:a.department?.id??"",tags:a.tags.join("、"),opensAt:Xt(a.opensAt),closesAt:Xt(a.closesAt)}),create:async a=>(await w(ks,{input:Zr(a)})).createChallenge.id,update:(a,m)=>w(Is,{id:t.id,input:Zr(a),version:m}),path:a=>`/content/challenges/${a}`}),s=n?l("newChallenge"):l("editChallenge");if(!n&&!o)return e(T,{children:[e(te,{title:s,list:"/content/challenges",listLabel:l("listChallenges")}),i.loading?e(U,{label:C("loading")}):e(P,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let d=r.form;return e(T,{children:[e(te,{title:s,list:"/content/challenges",listLabel:l("listChallenges"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(B,{children:r.notice}),e(pe,{error:r.error,onReload:r.reload}),e(S,{label:l("title"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(We,{label:l("department"),value:d.departmentId,onChange:a=>r.set("departmentId",a),noneLabel:l("noDepartment"),testid:"field-department"}),e(z,{label:l("background"),value:d.background,onInput:a=>r.set("background",a),rows:6}),e(z,{label:l("desiredOutcome"),value:d.desiredOutcome,onInput:a=>r.set("desiredOutcome",a),rows:4}),e(De,{target:"CHALLENGE",value:d.custom,onChange:a=>r.set("custom",a)}),e(S,{label:l("tags"),value:d.tags,onInput:a=>r.set("tags",a),help:l("tagsHelp")}),e("div",{class:"content-pair",children:[e(S,{label:l("opensAt"),type:"datetime-local",value:d.opensAt,onInput:a=>r.set("opensAt",a),help:O(Be(d.opensAt))}),e(S,{label:l("closesAt"),type:"datetime-local",value:d.closesAt,onInput:a=>r.set("closesAt",a),help:O(Be(d.closesAt))})]}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(ve,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>w($s,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(ke,{contentId:o.id,media:o.media,onChanged:r.reload}),e(Ae,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var Ss=D(`
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
`);function io(t){let[n,i]=h(null),o=N(Ss,{first:ie,after:n});return e(ce,{title:l("listMethods"),newLabel:l("newMethod"),newPath:"/content/methods/new",children:[e(P,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(U,{label:C("loading")}),e(X,{caption:l("listMethods"),testid:"method-list",page:o.data?.collaborationMethods,after:n,onAfter:i,resetKey:"",rowKey:r=>r.id,pageSize:ie,columns:[{header:l("colPosition"),cell:r=>r.position},{header:l("colName"),cell:r=>e("a",{href:R(`/content/methods/${r.id}`),children:r.name})},{header:l("colKey"),cell:r=>e("code",{children:r.key})}]})]})}var xs=D(`
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
`),ws=D(`
  mutation ContentMethodCreate($input: CollaborationMethodInput!) {
    createCollaborationMethod(input: $input) {
      id
    }
  }
`),Ts=D(`
  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
    updateCollaborationMethod(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Es=D(`
  mutation ContentMethodDelete($id: ID!) {
    deleteCollaborationMethod(id: $id)
  }
`),Ns=D(`
  mutation ContentMethodRestore($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),_s={key:"",name:"",description:"",position:"0"};function no(t){let n=Number.parseInt(t.position,10);return{key:t.key,name:t.name,description:t.description,position:Number.isFinite(n)?n:0}}function ro({params:t}){let n=t.id==="new",i=N(xs,{id:t.id??""},n),o=n?null:i.data?.collaborationMethod,r=ue({q:i,item:o,blank:_s,toForm:y=>({key:y.key,name:y.name,description:y.description,position:String(y.position)}),create:async y=>(await w(ws,{input:no(y)})).createCollaborationMethod.id,update:(y,u)=>w(Ts,{id:t.id,input:no(y),version:u}),path:y=>`/content/methods/${y}`}),[s,d]=h(!1),[a,m]=h(!1),g=L(async y=>{if(y){await w(Ns,{id:t.id}),m(!1),r.setNotice(l("restored")),r.reload();return}await w(Es,{id:t.id}),d(!1),m(!0),r.setNotice(l("deleted",{title:o?.name??""}))}),p=n?l("newMethod"):l("editMethod");if(a)return e(T,{children:[e(te,{title:p,list:"/content/methods",listLabel:l("listMethods")}),e(B,{children:r.notice}),e(P,{error:g.error}),e($,{variant:"primary",busy:g.busy,onClick:()=>{g.run(!0)},"data-testid":"restore-deleted",children:l("restoreDeleted")})]});if(!n&&!o)return e(T,{children:[e(te,{title:p,list:"/content/methods",listLabel:l("listMethods")}),i.loading?e(U,{label:C("loading")}):e(P,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let A=r.form;return e(T,{children:[e(te,{title:p,list:"/content/methods",listLabel:l("listMethods"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("form",{class:"content-form",onSubmit:y=>{y.preventDefault(),r.save()},children:[e(B,{children:r.notice}),e(pe,{error:r.error,onReload:r.reload}),e(P,{error:g.error}),e(S,{label:l("name"),value:A.name,onInput:y=>r.set("name",y),required:!0,maxLength:200,testid:"field-title"}),e(S,{label:l("methodKey"),value:A.key,onInput:y=>r.set("key",y),help:l("methodKeyHelp"),required:!0,maxLength:50}),e(z,{label:l("description"),value:A.description,onInput:y=>r.set("description",y),rows:6}),e(S,{label:l("position"),type:"number",value:A.position,onInput:y=>r.set("position",y)}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")}),o&&e($,{variant:"danger",onClick:()=>d(!0),"data-testid":"delete",children:l("delete")})]})]}),e(ne,{open:s,title:l("confirmDelete"),confirmLabel:l("delete"),danger:!0,busy:g.busy,onConfirm:()=>{g.run(!1)},onCancel:()=>d(!1),children:e("p",{children:l("confirmDeleteBody",{title:o?.name??""})})})]})}var Fs=D(`
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
`);async function Ms(t){let n={"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},i=qe();i&&(n.Authorization=`Bearer ${i}`);let o;try{o=await fetch(Wt("graphql"),{method:"POST",headers:n,credentials:"omit",cache:"no-store",body:JSON.stringify({query:Fs.toString(),variables:{token:t}})})}catch{throw new J("NETWORK","")}let r=await o.json().catch(()=>({}));if(r.errors?.length){let s=r.errors[0].extensions?.code;throw new J(s==="UNAUTHENTICATED"||s==="NOT_FOUND"?"NOT_FOUND":"INTERNAL",r.errors[0].message)}if(!r.data)throw new J("UNAVAILABLE",`HTTP ${o.status}`);return r.data}function Je({text:t}){return t?e(T,{children:t.split(/\n{2,}/).map((n,i)=>e("p",{class:"content-pre",children:n},i))}):e("p",{class:"muted",children:"—"})}function Q({label:t,value:n}){return e("div",{children:[e("dt",{children:t}),e("dd",{children:n||"—"})]})}function oo({rs:t}){return e("div",{class:"table-wrap",children:e("table",{class:"table matrix",children:[e("caption",{children:l("resources")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:l("kindCol")}),Se.map(n=>e("th",{scope:"col",children:l(`side${n}`)},n))]})}),e("tbody",{children:Pt.map(n=>e("tr",{children:[e("th",{scope:"row",children:l(`res${n}`)}),Se.map(i=>e("td",{class:"content-pre",children:t.filter(o=>o.side===i&&o.kind===n).map(o=>o.description).join(`
`)||"—"},i))]},n))})]})})}function en({ms:t}){return e(T,{children:[e("h2",{children:l("merits")}),Se.map(n=>e("div",{children:[e("h3",{children:l("meritFor",{side:l(`side${n}`)})}),e("ul",{children:t.filter(i=>i.side===n).map((i,o)=>e("li",{children:i.description},o))})]},n))]})}function at({media:t}){return t.length===0?null:e(T,{children:[e("h2",{children:l("secMedia")}),e("ul",{children:t.map(n=>e("li",{children:[n.fileName,"（",Zt(n.size),"）",n.alt?`: ${n.alt}`:""]},n.id))})]})}function Os({n:t}){switch(t.__typename){case"Challenge":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(Q,{label:l("department"),value:t.department?.name}),e(Q,{label:l("opensAt"),value:O(t.opensAt)}),e(Q,{label:l("closesAt"),value:O(t.closesAt)}),e(Q,{label:l("tags"),value:t.tags.join("、")})]}),e("h2",{children:l("background")}),e(Je,{text:t.background}),e("h2",{children:l("desiredOutcome")}),e(Je,{text:t.desiredOutcome}),e(at,{media:t.media})]});case"CaseStudy":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(Q,{label:l("locality"),value:t.locality}),e(Q,{label:l("program"),value:t.program}),e(Q,{label:l("category"),value:l(`cat${t.caseCategory}`)}),e(Q,{label:l("startOn"),value:W(t.startOn)}),e(Q,{label:l("endOn"),value:W(t.endOn)}),e(Q,{label:l("dateNote"),value:t.dateNote}),e(Q,{label:l("partners"),value:t.partners.map(n=>n.name).join("、")}),e(Q,{label:l("tags"),value:t.tags.join("、")})]}),e("h2",{children:l("summary")}),e(Je,{text:t.summary}),e(oo,{rs:t.resources}),e(en,{ms:t.merits}),e(at,{media:t.media})]});case"Agreement":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(Q,{label:l("agreementKind"),value:l(`ak${t.agreementKind}`)}),e(Q,{label:l("agreementStatus"),value:l(`as${t.agreementStatus}`)}),e(Q,{label:l("parties"),value:t.parties.map(n=>n.name).join("、")}),e(Q,{label:l("signedOn"),value:W(t.signedOn)}),e(Q,{label:l("termStartOn"),value:W(t.termStartOn)}),e(Q,{label:l("termEndOn"),value:W(t.termEndOn)})]}),e("h2",{children:l("purpose")}),e(Je,{text:t.purpose}),e("h2",{children:l("items")}),e("ul",{children:t.items.map((n,i)=>e("li",{children:n},i))}),e(en,{ms:t.merits}),e(at,{media:t.media})]});case"Project":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(Q,{label:l("projectKind"),value:l(`pk${t.projectKind}`)}),e(Q,{label:l("projectStatus"),value:l(`ps${t.projectStatus}`)}),e(Q,{label:l("leadDepartment"),value:t.leadDepartment?.name}),e(Q,{label:l("startOn"),value:W(t.startOn)}),e(Q,{label:l("endOn"),value:W(t.endOn)}),e(Q,{label:l("site"),value:t.site}),e(Q,{label:l("partners"),value:t.partners.map(n=>n.name).join("、")})]}),e("h2",{children:l("summary")}),e(Je,{text:t.summary}),e(oo,{rs:t.resources}),e(en,{ms:t.merits}),e(at,{media:t.media})]});case"Announcement":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:e(Q,{label:l("annCategory"),value:t.category})}),e(Je,{text:t.body}),e(at,{media:t.media})]});default:return e("h1",{children:l("previewTitle")})}}function ao({params:t}){let n=t.token??"",[i,o]=h(null),[r,s]=h(null);return ee(()=>{let d=!0;return o(null),s(null),Ms(n).then(a=>d&&o(a),a=>d&&s(a instanceof J?a:new J("INTERNAL",String(a)))),()=>{d=!1}},[n]),r?e(T,{children:[e("h1",{children:l("previewTitle")}),r.code==="NOT_FOUND"?e("p",{role:"alert",children:l("previewGone")}):e(P,{error:r})]}):i?i.preview?e("article",{class:"content-preview","data-testid":"preview",children:[e("p",{children:[e(j,{tone:"warning",icon:"◎",children:l("previewTitle")})," ",l("previewNote")]}),e(Os,{n:i.preview})]}):e(T,{children:[e("h1",{children:l("previewTitle")}),e("p",{role:"alert",children:l("previewGone")})]}):e(U,{label:C("loading")})}var lo=["PARTNERSHIP","DEMONSTRATION"],uo=["PLANNED","ONGOING","COMPLETED","CANCELLED"],Rs=D(`
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
`);function po(t){let n=Ie({search:"",kind:"",status:"",departmentId:""}),i={search:H(n.filter.search),kind:H(n.filter.kind),status:H(n.filter.status),departmentId:H(n.filter.departmentId)},o=N(Rs,{first:ie,after:n.after,filter:i});return e(ce,{title:l("listProjects"),newLabel:l("newProject"),newPath:"/content/projects/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(S,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(_,{label:l("projectKind"),value:n.draft.kind,onChange:r=>n.setDraft({...n.draft,kind:r}),options:se(lo,r=>l(`pk${r}`),l("any"))}),e(_,{label:l("projectStatus"),value:n.draft.status,onChange:r=>n.setDraft({...n.draft,status:r}),options:se(uo,r=>l(`ps${r}`),l("any"))}),e(We,{label:l("leadDepartment"),value:n.draft.departmentId,onChange:r=>n.setDraft({...n.draft,departmentId:r}),noneLabel:l("any")})]}),children:[e(P,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(U,{label:C("loading")}),e(X,{caption:l("listProjects"),testid:"project-list",page:o.data?.projects,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:ie,columns:[{header:l("colTitle"),cell:r=>e("a",{href:R(`/content/projects/${r.id}`),children:r.title})},{header:l("colKind"),cell:r=>l(`pk${r.kind}`)},{header:l("colDepartment"),cell:r=>r.leadDepartment?.name??"—"},{header:l("colPeriod"),cell:r=>r.startOn||r.endOn?`${W(r.startOn)} 〜 ${W(r.endOn)}`:"—"},{header:l("colStatus"),cell:r=>l(`ps${r.status}`)},{header:l("colState"),cell:r=>e(ge,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>O(r.updatedAt)}]})]})}var qs=D(`
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
`),Ls=D(`
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
`),js=D(`
  mutation ContentProjectCreate($input: ProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`),Us=D(`
  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
    updateProject(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Bs=D(`
  mutation ContentProjectDelete($id: ID!) {
    deleteProject(id: $id)
  }
`),Vs={custom:be,kind:"PARTNERSHIP",title:"",summary:"",startOn:"",endOn:"",site:"",leadDepartmentId:"",partners:[],resources:{},merits:{CITY:"",PARTNER:""},status:"PLANNED",agreementId:""};function so(t){return{customFields:Ce(t.custom),kind:t.kind,title:t.title,summary:t.summary,startOn:H(t.startOn),endOn:H(t.endOn),site:t.site,leadDepartmentId:H(t.leadDepartmentId),partnerIds:t.partners.map(n=>n.id),resources:xt(t.resources),merits:He(t.merits),status:t.status,agreementId:H(t.agreementId)}}function co({params:t}){let n=t.id==="new",i=N(qs,{id:t.id??""},n),o=N(Ls,{}),r=n?null:i.data?.project,s=ue({q:i,item:r,blank:Vs,toForm:g=>({custom:he(g.customFields),kind:g.kind,title:g.title,summary:g.summary,startOn:g.startOn??"",endOn:g.endOn??"",site:g.site,leadDepartmentId:g.leadDepartment?.id??"",partners:g.partners.map(p=>({id:p.id,name:p.name})),resources:St(g.resources),merits:Ve(g.merits),status:g.status,agreementId:g.agreement?.id??""}),create:async g=>(await w(js,{input:so(g)})).createProject.id,update:(g,p)=>w(Us,{id:t.id,input:so(g),version:p}),path:g=>`/content/projects/${g}`}),d=n?l("newProject"):l("editProject");if(!n&&!r)return e(T,{children:[e(te,{title:d,list:"/content/projects",listLabel:l("listProjects")}),i.loading?e(U,{label:C("loading")}):e(P,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let a=s.form,m=[{value:"",label:l("noAgreement")},...(o.data?.agreements.edges??[]).map(g=>({value:g.node.id,label:g.node.title}))];return r?.agreement&&!m.some(g=>g.value===r.agreement.id)&&m.push({value:r.agreement.id,label:r.agreement.title}),e(T,{children:[e(te,{title:d,list:"/content/projects",listLabel:l("listProjects"),children:r&&e("p",{class:"content-sub",children:l("version",{n:r.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:g=>{g.preventDefault(),s.save()},children:[e(B,{children:s.notice}),e(pe,{error:s.error,onReload:s.reload}),e(S,{label:l("name"),value:a.title,onInput:g=>s.set("title",g),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(_,{label:l("projectKind"),value:a.kind,onChange:g=>s.set("kind",g),options:se(lo,g=>l(`pk${g}`))}),e(_,{label:l("projectStatus"),value:a.status,onChange:g=>s.set("status",g),options:se(uo,g=>l(`ps${g}`))})]}),e(We,{label:l("leadDepartment"),value:a.leadDepartmentId,onChange:g=>s.set("leadDepartmentId",g),noneLabel:l("noDepartment"),testid:"field-department"}),e(z,{label:l("summary"),value:a.summary,onInput:g=>s.set("summary",g),rows:6}),e(De,{target:"PROJECT",value:a.custom,onChange:g=>s.set("custom",g)}),e("div",{class:"content-pair",children:[e(S,{label:l("startOn"),type:"date",value:a.startOn,onInput:g=>s.set("startOn",g),help:W(a.startOn)}),e(S,{label:l("endOn"),type:"date",value:a.endOn,onInput:g=>s.set("endOn",g),help:W(a.endOn)})]}),e(S,{label:l("site"),value:a.site,onInput:g=>s.set("site",g)}),e(Qe,{legend:l("partners"),value:a.partners,onChange:g=>s.set("partners",g)}),e(wt,{value:a.resources,onChange:g=>s.set("resources",g)}),e(Ke,{value:a.merits,onChange:g=>s.set("merits",g)}),e(_,{label:l("agreement"),value:a.agreementId,onChange:g=>s.set("agreementId",g),options:m}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:s.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),r?e("aside",{class:"content-side",children:[e(ve,{id:r.id,title:r.title,state:r.publicationState,publishedAt:r.publishedAt,remove:g=>w(Bs,{id:g}),onChanged:s.reload,onRestored:s.reload}),e(ke,{contentId:r.id,media:r.media,onChanged:s.reload}),e(Ae,{id:r.id,version:r.version,onRestored:s.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var mo=[{path:"/content/challenges/:id",component:to,permission:{resource:"challenge",action:"write"}},{path:"/content/challenges",component:eo,nav:{label:()=>l("navChallenges"),order:200},permission:{resource:"challenge",action:"write"}},{path:"/content/case-studies/:id",component:Xr,permission:{resource:"caseStudy",action:"write"}},{path:"/content/case-studies",component:Yr,nav:{label:()=>l("navCaseStudies"),order:210},permission:{resource:"caseStudy",action:"write"}},{path:"/content/agreements/:id",component:Kr,permission:{resource:"agreement",action:"write"}},{path:"/content/agreements",component:Hr,nav:{label:()=>l("navAgreements"),order:220},permission:{resource:"agreement",action:"write"}},{path:"/content/projects/:id",component:co,permission:{resource:"project",action:"write"}},{path:"/content/projects",component:po,nav:{label:()=>l("navProjects"),order:230},permission:{resource:"project",action:"write"}},{path:"/content/announcements/:id",component:Jr,permission:{resource:"announcement",action:"write"}},{path:"/content/announcements",component:Qr,nav:{label:()=>l("navAnnouncements"),order:240},permission:{resource:"announcement",action:"write"}},{path:"/content/methods/:id",component:ro,permission:{resource:"collaborationMethod",action:"write"}},{path:"/content/methods",component:io,nav:{label:()=>l("navMethods"),order:250},permission:{resource:"collaborationMethod",action:"write"}},{path:"/preview/:token",component:ao,permission:{resource:"content",action:"preview"}}];var c=fe({navInquiries:"お問い合わせ",navAccounts:"職員アカウント",navDepartments:"部署",navWebhooks:"Webhook（外部通知）",navAudit:"操作ログ",filters:"絞り込み",apply:"絞り込む",clearFilters:"条件をクリア",all:"すべて",actions:"操作",status:"状態",createdAt:"登録日時",done:"{what} を行いました。",loadingPerms:"権限を確認しています…",inquiriesTitle:"お問い合わせ",inquiriesCaption:"お問い合わせの一覧（新しい順）",inquiryStatus:"対応状況",inquiryOpen:"未対応",inquiryClosed:"対応済み",receivedAt:"受付日時",subject:"件名",sender:"差出人",affiliation:"所属",name:"氏名",email:"メールアドレス",phone:"電話番号",body:"内容",noAffiliation:"（所属なし）",inquiryTitle:"お問い合わせの詳細",backToInquiries:"お問い合わせの一覧へ戻る",closeInquiry:"対応済みにする",closeInquiryConfirm:"このお問い合わせを対応済みにしますか？",closeInquiryBody:"「{subject}」を対応済みにします。対応済みにしたお問い合わせは元に戻せません。",inquiryClosedNotice:"お問い合わせを対応済みにしました。",replyByMail:"メールで返信する",accountsTitle:"職員アカウント",accountsCaption:"アカウントの一覧",role:"役割",roleDESK:"公民連携デスク",roleDEPARTMENT:"事業担当課",rolePROPOSER:"提案者（事業者等）",roleADMIN:"システム運用者",search:"キーワード（氏名・メールアドレス）",displayName:"表示名（氏名）",belongsTo:"所属",accountActive:"有効",accountDisabled:"無効",disable:"無効にする",enable:"有効にする",disableConfirm:"{name} さんのアカウントを無効にしますか？",disableBody:"無効にすると、このアカウントではサインインできなくなります。あとで有効に戻せます。",enableConfirm:"{name} さんのアカウントを有効にしますか？",enableBody:"有効にすると、このアカウントで再びサインインできるようになります。",cannotToggle:"このアカウントは変更できません。",disabledNotice:"{name} さんのアカウントを無効にしました。",enabledNotice:"{name} さんのアカウントを有効にしました。",newStaff:"職員アカウントを作成",newStaffTitle:"職員アカウントの作成",staffRole:"役割",department:"所属部署",departmentNone:"（選択してください）",departmentHelp:"事業担当課の職員は所属部署が必須です。",initialPassword:"初期パスワード",initialPasswordHelp:"10文字以上。ご本人に安全な方法で伝え、サインイン後に変更してもらってください。",create:"作成する",createdStaffNotice:"{name} さんの職員アカウントを作成しました。",departmentsTitle:"部署",departmentTree:"部署の構成",kind:"階層",kindBUREAU:"局",kindDIVISION:"部",kindSECTION:"課",newDepartment:"部署の追加",deptName:"部署名",parent:"上位の部署",parentTop:"（最上位）",position:"並び順",positionHelp:"同じ上位部署の中で小さい数字ほど先に並びます（省略可）。",add:"追加する",addedDeptNotice:"部署「{name}」を追加しました。",editDepartment:"「{name}」の変更",selectToEdit:"変更する部署を一覧から選んでください。",edit:"変更",rename:"名称・階層を保存",savedDeptNotice:"部署「{name}」を保存しました。",move:"移動する",moveTo:"移動先（上位の部署）",moveHelp:"自分自身やその下位の部署の下には移動できません。最上位へは移動できません。",movedDeptNotice:"部署「{name}」を移動しました。",deleteDept:"削除する",deleteDeptConfirm:"部署「{name}」を削除しますか？",deleteDeptBody:"下位の部署・職員・コンテンツ・提案の担当がある部署は削除できません。",deletedDeptNotice:"部署「{name}」を削除しました。",deptInUse:"この部署は使われているため削除できません。下位の部署・職員・コンテンツ・提案の担当を先に移してください。",noDepartments:"部署はまだありません。",webhooksTitle:"Webhook（外部通知）",webhooksIntro:"コンテンツの公開などを、登録したURLへ自動で知らせます（オープンデータのサイトや庁内システム向け）。",webhooksCaption:"登録済みの送信先",url:"送信先URL",urlHelp:"http:// または https:// で始まるURL。",events:"通知する出来事",eventCONTENT_PUBLISHED:"公開（予約公開を含む）",eventCONTENT_UNPUBLISHED:"公開の取り消し",eventCONTENT_ARCHIVED:"アーカイブ",eventCONTENT_CHANGED:"内容の変更（版の復元など）",active:"有効",inactive:"停止中",register:"登録する",newWebhook:"送信先の登録",secretOnce:"署名用の秘密鍵です。この画面を閉じると二度と表示されません。送信先のシステムに設定してください（本文の HMAC-SHA256 が X-Pppdesk-Signature ヘッダーで届きます）。",secret:"秘密鍵",registeredNotice:"送信先 {url} を登録しました。",deleteWebhook:"削除する",deleteWebhookConfirm:"送信先 {url} を削除しますか？",deleteWebhookBody:"削除すると、この送信先への通知は止まります。",deletedWebhookNotice:"送信先 {url} を削除しました。",deliveries:"送信ログ",deliveryLog:"送信ログを見る",webhookTitle:"送信先の詳細",backToWebhooks:"Webhook の一覧へ戻る",deliveriesCaption:"送信ログ（新しい順、最大{n}件）",event:"出来事",attempts:"試行回数",lastStatusCode:"最後の応答",lastError:"最後のエラー",queuedAt:"受付日時",nextAttemptAt:"次の試行",deliveredAt:"送信成功",deliveryPENDING:"送信待ち",deliveryDELIVERED:"送信済み",deliveryFAILED:"失敗",noResponse:"応答なし",showMore:"さらに表示",webhookMissing:"この送信先は見つかりません（削除された可能性があります）。",chooseEvent:"少なくとも一つ選んでください。",auditTitle:"操作ログ",auditIntro:"だれが、いつ、何を変更したかの記録です（新しい順）。",auditCaption:"操作ログ",at:"日時",actor:"操作した人",action:"操作",target:"対象",changes:"変更内容",system:"（システム・一般の方）",period:"期間",fromDate:"開始日",toDate:"終了日（この日を含む）",targetType:"対象の種類",onlyTarget:"対象 {id} の記録だけを表示しています。",showAllTargets:"すべての対象を表示",thisTargetOnly:"この対象の記録"},{navInquiries:"Inquiries",navAccounts:"Staff accounts",navDepartments:"Departments",navWebhooks:"Webhooks",navAudit:"Audit log",filters:"Filters",apply:"Filter",clearFilters:"Clear filters",all:"All",actions:"Actions",status:"Status",createdAt:"Created",done:"Done: {what}.",loadingPerms:"Checking your rights…",inquiriesTitle:"Inquiries",inquiriesCaption:"Inquiries, newest first",inquiryStatus:"Status",inquiryOpen:"Open",inquiryClosed:"Closed",receivedAt:"Received",subject:"Subject",sender:"From",affiliation:"Affiliation",name:"Name",email:"Email",phone:"Phone",body:"Message",noAffiliation:"(no affiliation)",inquiryTitle:"Inquiry",backToInquiries:"Back to inquiries",closeInquiry:"Mark as handled",closeInquiryConfirm:"Mark this inquiry as handled?",closeInquiryBody:'"{subject}" will be closed. A closed inquiry cannot be reopened.',inquiryClosedNotice:"The inquiry is closed.",replyByMail:"Reply by email",accountsTitle:"Staff accounts",accountsCaption:"Accounts",role:"Role",roleDESK:"PPP desk",roleDEPARTMENT:"Department",rolePROPOSER:"Proposer",roleADMIN:"Platform operator",search:"Keyword (name, email)",displayName:"Display name",belongsTo:"Belongs to",accountActive:"Active",accountDisabled:"Disabled",disable:"Disable",enable:"Enable",disableConfirm:"Disable the account of {name}?",disableBody:"A disabled account cannot sign in. You can enable it again later.",enableConfirm:"Enable the account of {name}?",enableBody:"The account will be able to sign in again.",cannotToggle:"This account cannot be changed.",disabledNotice:"Disabled the account of {name}.",enabledNotice:"Enabled the account of {name}.",newStaff:"Create a staff account",newStaffTitle:"New staff account",staffRole:"Role",department:"Department",departmentNone:"(choose)",departmentHelp:"Required for department staff.",initialPassword:"Initial password",initialPasswordHelp:"At least 10 characters. Tell it to the person safely and have them change it.",create:"Create",createdStaffNotice:"Created the staff account of {name}.",departmentsTitle:"Departments",departmentTree:"Department tree",kind:"Level",kindBUREAU:"Bureau",kindDIVISION:"Division",kindSECTION:"Section",newDepartment:"Add a department",deptName:"Name",parent:"Parent department",parentTop:"(top level)",position:"Position",positionHelp:"Smaller numbers come first among siblings (optional).",add:"Add",addedDeptNotice:'Added "{name}".',editDepartment:'Change "{name}"',selectToEdit:"Choose a department in the tree to change it.",edit:"Change",rename:"Save name and level",savedDeptNotice:'Saved "{name}".',move:"Move",moveTo:"Move under",moveHelp:"Not under itself or its own sub-departments; moving to the top level is not possible.",movedDeptNotice:'Moved "{name}".',deleteDept:"Delete",deleteDeptConfirm:'Delete "{name}"?',deleteDeptBody:"A department with sub-departments, staff, content or proposal assignments cannot be deleted.",deletedDeptNotice:'Deleted "{name}".',deptInUse:"This department is in use and cannot be deleted. Move its sub-departments, staff, content and proposal assignments first.",noDepartments:"No departments yet.",webhooksTitle:"Webhooks",webhooksIntro:"Tell registered URLs automatically when content is published and so on (open-data sites, internal systems).",webhooksCaption:"Registered endpoints",url:"Endpoint URL",urlHelp:"A URL starting with http:// or https://.",events:"Events",eventCONTENT_PUBLISHED:"Published (or scheduled)",eventCONTENT_UNPUBLISHED:"Unpublished",eventCONTENT_ARCHIVED:"Archived",eventCONTENT_CHANGED:"Changed (e.g. a revision restored)",active:"Active",inactive:"Stopped",register:"Register",newWebhook:"Register an endpoint",secretOnce:"The signing secret. It is shown only now: set it in the receiving system (the body's HMAC-SHA256 arrives in the X-Pppdesk-Signature header).",secret:"Secret",registeredNotice:"Registered {url}.",deleteWebhook:"Delete",deleteWebhookConfirm:"Delete the endpoint {url}?",deleteWebhookBody:"Deliveries to this endpoint stop.",deletedWebhookNotice:"Deleted {url}.",deliveries:"Delivery log",deliveryLog:"Delivery log",webhookTitle:"Webhook endpoint",backToWebhooks:"Back to webhooks",deliveriesCaption:"Deliveries, newest first (up to {n})",event:"Event",attempts:"Attempts",lastStatusCode:"Last response",lastError:"Last error",queuedAt:"Queued",nextAttemptAt:"Next attempt",deliveredAt:"Delivered",deliveryPENDING:"Pending",deliveryDELIVERED:"Delivered",deliveryFAILED:"Failed",noResponse:"none",showMore:"Show more",webhookMissing:"This endpoint no longer exists.",chooseEvent:"Choose at least one.",auditTitle:"Audit log",auditIntro:"Who changed what, and when (newest first).",auditCaption:"Audit log",at:"When",actor:"Who",action:"Action",target:"Target",changes:"Changes",system:"(system or the public)",period:"Period",fromDate:"From",toDate:"To (inclusive)",targetType:"Target type",onlyTarget:"Showing the entries of target {id} only.",showAllTargets:"Show all targets",thisTargetOnly:"Entries of this target"});function Ne(){let t=ye();return(n,i)=>re(t,{resource:n,action:i})}function ze(t){let[n,i]=h({key:t,after:null});return[n.key===t?n.after:null,o=>i({key:t,after:o})]}function Ge(t){let n=new Set(t.map(a=>a.id)),i=new Map,o=[];for(let a of t){let m=a.parent?.id;m&&n.has(m)&&m!==a.id?i.set(m,[...i.get(m)??[],a]):o.push(a)}let r=new Set,s=(a,m)=>{if(r.has(a.id))return null;r.add(a.id);let g=(i.get(a.id)??[]).map(p=>s(p,m+1)).filter(p=>p!==null);return{dept:a,depth:m,children:g}},d=o.map(a=>s(a,0)).filter(a=>a!==null);for(let a of t){let m=r.has(a.id)?null:s(a,0);m&&d.push(m)}return d}function Ye(t){return t.flatMap(n=>[n,...Ye(n.children)])}function st(t,n){return`${"　".repeat(n)}${n>0?"└ ":""}${t}`}function go(t,n){let i=new Set([n]),o=!0;for(;o;){o=!1;for(let r of t){let s=r.parent?.id;s&&i.has(s)&&!i.has(r.id)&&(i.add(r.id),o=!0)}}return i}var Hs=D(`
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
`),Ks=D(`
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
`),Ws=D(`
  mutation DeskCreateStaff($input: StaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      displayName
    }
  }
`),Qs=D(`
  mutation DeskDisableAccount($id: ID!) {
    disableAccount(id: $id) {
      id
      disabled
    }
  }
`),Js=D(`
  mutation DeskEnableAccount($id: ID!) {
    enableAccount(id: $id) {
      id
      disabled
    }
  }
`),fo=20,yo=["DESK","DEPARTMENT","PROPOSER","ADMIN"];function lt(t){return c(`role${t}`)}function zs(t){return yo.includes(t)?t:null}function bo({query:t}){let n=zs(t.get("role")),i=t.get("q")??"",o=`${n}|${i}`,[r,s]=ze(o),d=o,[a,m]=h(i),[g,p]=h(""),[A,y]=h(!1),[u,b]=h(null),v=Ne(),k=ye().me,q=N(Hs,{first:fo,after:r,filter:{role:n,search:i||null}}),M=L(async x=>{x.disable?await w(Qs,{id:x.id}):await w(Js,{id:x.id}),b(null),p(c(x.disable?"disabledNotice":"enabledNotice",{name:x.name})),await q.reload()}),F=(x,me)=>ae("/desk/accounts",{role:x||void 0,q:me.trim()||void 0});return e("section",{children:[e("h1",{children:c("accountsTitle")}),e(B,{children:g}),v("account","createStaff")&&!A&&e("div",{class:"actions",children:e($,{variant:"primary",onClick:()=>y(!0),"data-testid":"staff-new",children:c("newStaff")})}),A&&e(Gs,{onDone:x=>{y(!1),p(c("createdStaffNotice",{name:x})),q.reload()},onCancel:()=>y(!1)}),e("form",{class:"desk-filters",role:"search","aria-label":c("filters"),onSubmit:x=>{x.preventDefault(),F(n??"",a)},children:[e(_,{label:c("role"),value:n??"",testid:"account-role",onChange:x=>F(x,a),options:[{value:"",label:c("all")},...yo.map(x=>({value:x,label:lt(x)}))]}),e(S,{label:c("search"),type:"search",value:a,onInput:m,testid:"account-search"}),e("div",{class:"desk-filter-buttons",children:[e($,{type:"submit",children:c("apply")}),(n||i)&&e($,{variant:"link",onClick:()=>{m(""),F("","")},children:c("clearFilters")})]})]}),e(P,{error:q.error,onRetry:()=>{q.reload()},retryLabel:C("retry")}),e(X,{caption:c("accountsCaption"),testid:"accounts",page:q.data?.users,after:r,onAfter:s,resetKey:d,pageSize:fo,rowKey:x=>x.id,columns:[{header:c("displayName"),cell:x=>x.displayName},{header:c("email"),cell:x=>x.email??"—"},{header:c("role"),cell:x=>lt(x.role),class:"desk-nowrap"},{header:c("belongsTo"),cell:x=>x.department?.name??x.organization?.name??"—"},{header:c("status"),cell:x=>x.disabled?e(j,{tone:"danger",icon:"×",children:c("accountDisabled")}):e(j,{tone:"success",icon:"✓",children:c("accountActive")})},{header:c("createdAt"),cell:x=>O(x.createdAt),class:"desk-nowrap"},{header:c("actions"),cell:x=>v("account","disable")&&x.id!==k.id?e($,{variant:x.disabled?"secondary":"danger","aria-label":`${c(x.disabled?"enable":"disable")}: ${x.displayName}`,"data-testid":`account-toggle-${x.id}`,onClick:()=>b({id:x.id,name:x.displayName,disable:!x.disabled}),children:c(x.disabled?"enable":"disable")}):null,class:"desk-nowrap"}]}),e(ne,{open:u!==null,title:u?c(u.disable?"disableConfirm":"enableConfirm",{name:u.name}):"",confirmLabel:u?c(u.disable?"disable":"enable"):void 0,danger:u?.disable,busy:M.busy,onConfirm:()=>u&&void M.run(u),onCancel:()=>{M.clear(),b(null)},children:[e("p",{children:u?c(u.disable?"disableBody":"enableBody"):""}),M.error?.code==="CONFLICT"?e("p",{class:"field-error",role:"alert",children:[c("cannotToggle")," ",C("serverSays",{msg:M.error.serverMessage})]}):e(P,{error:M.error})]})]})}function Gs({onDone:t,onCancel:n}){let i=N(Ks,{}),[o,r]=h(""),[s,d]=h(""),[a,m]=h("DEPARTMENT"),[g,p]=h(""),[A,y]=h(""),u=L(async()=>{let k=await w(Ws,{input:{email:o,displayName:s,role:a,departmentId:g||null,password:A}});t(k.createStaffAccount.displayName)}),b=k=>u.error?.field===`input.${k}`?u.error.clerkMessage():void 0,v=Ye(Ge(i.data?.municipality.departments??[]));return e("form",{class:"desk-panel","aria-labelledby":"staff-form-title",onSubmit:k=>{k.preventDefault(),u.run()},children:[e("h2",{id:"staff-form-title",children:c("newStaffTitle")}),e(P,{error:i.error}),e(_,{label:c("staffRole"),required:!0,value:a,testid:"staff-role",onChange:k=>m(k),options:["DEPARTMENT","DESK"].map(k=>({value:k,label:lt(k)}))}),e(_,{label:c("department"),required:a==="DEPARTMENT",help:c("departmentHelp"),error:b("departmentId"),value:g,testid:"staff-department",onChange:p,options:[{value:"",label:c("departmentNone")},...v.map(k=>({value:k.dept.id,label:st(k.dept.name,k.depth)}))]}),e(S,{label:c("displayName"),required:!0,value:s,onInput:d,error:b("displayName"),testid:"staff-name",autocomplete:"off"}),e(S,{label:c("email"),type:"email",required:!0,value:o,onInput:r,error:b("email"),testid:"staff-email",autocomplete:"off"}),e(S,{label:c("initialPassword"),type:"password",required:!0,value:A,onInput:y,help:c("initialPasswordHelp"),error:b("password"),testid:"staff-password",autocomplete:"new-password"}),e(P,{error:u.error}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",busy:u.busy,"data-testid":"staff-create",children:c("create")}),e($,{onClick:n,children:C("cancel")})]})]})}var Ys=D(`
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
`),Xs=D(`
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
`),ho=50,Ao=[{value:"inquiry.",ja:"お問い合わせ（すべて）",en:"Inquiries (all)"},{value:"inquiry.submit",ja:"お問い合わせの受付",en:"Inquiry received"},{value:"inquiry.close",ja:"お問い合わせの対応済み",en:"Inquiry closed"},{value:"proposal.",ja:"提案（すべて）",en:"Proposals (all)"},{value:"proposal.assign",ja:"提案の担当課への依頼",en:"Proposal assigned"},{value:"proposal.respond",ja:"担当課の回答",en:"Department answered"},{value:"proposal.link",ja:"提案と事業・協定の結び付け",en:"Proposal linked"},{value:"proposal.message",ja:"対話・庁内メモの投稿",en:"Message posted"},{value:"content.",ja:"コンテンツ（すべて）",en:"Content (all)"},{value:"content.create",ja:"コンテンツの作成",en:"Content created"},{value:"content.update",ja:"コンテンツの更新",en:"Content updated"},{value:"content.delete",ja:"コンテンツの削除",en:"Content deleted"},{value:"content.published",ja:"公開",en:"Published"},{value:"content.draft",ja:"公開の取り消し",en:"Unpublished"},{value:"content.archived",ja:"アーカイブ",en:"Archived"},{value:"content.restore",ja:"版の復元",en:"Revision restored"},{value:"account.",ja:"アカウント（すべて）",en:"Accounts (all)"},{value:"account.createStaff",ja:"職員アカウントの作成",en:"Staff account created"},{value:"account.disable",ja:"アカウントの無効化",en:"Account disabled"},{value:"account.enable",ja:"アカウントの有効化",en:"Account enabled"},{value:"department.",ja:"部署（すべて）",en:"Departments (all)"},{value:"department.save",ja:"部署の追加・変更",en:"Department saved"},{value:"department.delete",ja:"部署の削除",en:"Department deleted"},{value:"organization.",ja:"事業者等（すべて）",en:"Organizations (all)"},{value:"webhook.",ja:"Webhook（すべて）",en:"Webhooks (all)"},{value:"webhook.register",ja:"Webhook の登録",en:"Webhook registered"},{value:"webhook.delete",ja:"Webhook の削除",en:"Webhook deleted"}],ko=[{value:"Inquiry",ja:"お問い合わせ",en:"Inquiry"},{value:"Proposal",ja:"提案",en:"Proposal"},{value:"User",ja:"アカウント",en:"Account"},{value:"Department",ja:"部署",en:"Department"},{value:"Organization",ja:"事業者等",en:"Organization"},{value:"Challenge",ja:"課題",en:"Challenge"},{value:"CaseStudy",ja:"連携事例",en:"Case study"},{value:"Agreement",ja:"協定",en:"Agreement"},{value:"Project",ja:"事業",en:"Project"},{value:"Announcement",ja:"お知らせ",en:"Announcement"},{value:"CollaborationMethod",ja:"連携手法",en:"Collaboration method"},{value:"Webhook",ja:"Webhook",en:"Webhook"}];function Co(t,n){let i=t.find(o=>o.value.toLowerCase()===n.toLowerCase());return i?de()==="en"?i.en:i.ja:void 0}function Do(t){return`${t}T00:00:00+09:00`}function Zs(t){let[n,i,o]=t.split("-").map(Number);return new Date(Date.UTC(n,i-1,o+1)).toISOString().slice(0,10)}var vo=t=>!!t&&/^\d{4}-\d{2}-\d{2}$/.test(t);function el(t){let n={},i=t.get("from"),o=t.get("to");return vo(i)&&(n.from=Do(i)),vo(o)&&(n.to=Do(Zs(o))),t.get("actor")&&(n.actorId=t.get("actor")),t.get("action")&&(n.action=t.get("action")),t.get("type")&&(n.targetType=t.get("type")),t.get("target")&&(n.targetId=t.get("target")),Object.keys(n).length>0?n:null}function tl(t){let n=encodeURIComponent(t.targetId);switch(t.targetType.toLowerCase()){case"inquiry":return R(`/desk/inquiries/${n}`,{status:"ALL"});case"proposal":return R(`/proposals/${n}`);case"department":return R("/desk/departments",{id:t.targetId});case"webhook":return R(`/desk/webhooks/${n}`);default:return null}}function nl(t){if(!t||t==="{}"||t==="null")return"—";try{let n=JSON.parse(t);if(n&&typeof n=="object"&&"fields"in n&&Array.isArray(n.fields))return n.fields.map(String).join("、")||"—"}catch{}return t}function Io({query:t}){let n=el(t),i=JSON.stringify(n),[o,r]=ze(i),s=N(Ys,{first:ho,after:o,filter:n}),d=(a,m)=>{let g=Object.fromEntries(t.entries());g[a]=m,ae("/desk/audit",g)};return e("section",{children:[e("h1",{children:c("auditTitle")}),e("p",{children:c("auditIntro")}),e(il,{query:t},t.toString()),t.get("target")&&e("p",{children:[c("onlyTarget",{id:t.get("target")})," ",e($,{variant:"link",onClick:()=>d("target",void 0),children:c("showAllTargets")})]}),e(P,{error:s.error,onRetry:()=>{s.reload()},retryLabel:C("retry")}),e(X,{caption:c("auditCaption"),testid:"audit",page:s.data?.auditLog,after:o,onAfter:r,resetKey:i,pageSize:ho,rowKey:a=>`${a.at}|${a.action}|${a.targetType}|${a.targetId}|${a.actor?.id??""}`,columns:[{header:c("at"),cell:a=>O(a.at),class:"desk-nowrap"},{header:c("actor"),cell:a=>a.actor?.displayName??c("system")},{header:c("action"),cell:a=>e(T,{children:[Co(Ao,a.action)??""," ",e("code",{children:a.action})]})},{header:c("target"),cell:a=>{let m=tl(a),g=`${Co(ko,a.targetType)??a.targetType} ${a.targetId}`;return e(T,{children:[m?e("a",{href:m,children:g}):g,t.get("target")!==a.targetId&&e(T,{children:[" ",e("a",{href:R("/desk/audit",{...Object.fromEntries(t.entries()),target:a.targetId,type:void 0}),class:"desk-small",children:c("thisTargetOnly")})]})]})},class:"desk-break"},{header:c("changes"),cell:a=>nl(a.changes),class:"desk-break"}]})]})}function il({query:t}){let n=N(Xs,{}),[i,o]=h(t.get("from")??""),[r,s]=h(t.get("to")??""),[d,a]=h(t.get("actor")??""),[m,g]=h(t.get("action")??""),[p,A]=h(t.get("type")??""),y=t.get("target")??void 0,u=["from","to","actor","action","type","target"].some(v=>t.get(v)),b=de()==="en";return e("form",{class:"desk-panel desk-audit-filters",role:"search","aria-label":c("filters"),onSubmit:v=>{v.preventDefault(),ae("/desk/audit",{from:i,to:r,actor:d,action:m,type:p,target:y})},children:[e(G,{legend:c("period"),class:"desk-period",children:[e(S,{label:c("fromDate"),type:"date",value:i,onInput:o,testid:"audit-from"}),e(S,{label:c("toDate"),type:"date",value:r,onInput:s,testid:"audit-to"})]}),e("div",{class:"desk-filters",children:[e(_,{label:c("actor"),value:d,onChange:a,testid:"audit-actor",options:[{value:"",label:c("all")},...(n.data?.users.edges??[]).map(v=>({value:v.node.id,label:`${v.node.displayName}（${lt(v.node.role)}）`}))]}),e(_,{label:c("action"),value:m,onChange:g,testid:"audit-action",options:[{value:"",label:c("all")},...Ao.map(v=>({value:v.value,label:b?v.en:v.ja}))]}),e(_,{label:c("targetType"),value:p,onChange:A,testid:"audit-type",options:[{value:"",label:c("all")},...ko.map(v=>({value:v.value,label:b?v.en:v.ja}))]})]}),e("div",{class:"desk-filter-buttons",children:[e($,{type:"submit",variant:"primary","data-testid":"audit-apply",children:c("apply")}),u&&e($,{variant:"link",onClick:()=>ae("/desk/audit"),children:c("clearFilters")})]})]})}var rl=D(`
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
`),ol=D(`
  mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {
    defineCustomField(input: $input) {
      id
    }
  }
`),al=D(`
  mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {
    updateCustomField(id: $id, input: $input) {
      id
    }
  }
`),sl=D(`
  mutation SettingsCustomFieldDelete($id: ID!) {
    deleteCustomField(id: $id)
  }
`),$o=["PROPOSAL","CHALLENGE","AGREEMENT","PROJECT","CASE_STUDY","ANNOUNCEMENT"],ll=["TEXT","LONG_TEXT","NUMBER","DATE","SINGLE_CHOICE","MULTIPLE_CHOICE","BOOLEAN"],dl=["PUBLIC","PROPOSER","STAFF"];function Po(t){return E(`target${t}`)}function ul(t){return N(rl,{target:t})}var pl={id:null,key:"",labelJa:"",labelEn:"",type:"TEXT",required:!1,visibility:"STAFF",order:"",choices:""};function cl(t){return{id:t.id,key:t.key,labelJa:t.labelJa,labelEn:t.labelEn,type:t.type,required:t.required,visibility:t.visibility,order:String(t.order),choices:t.choices.map(n=>[n.value,n.labelJa,n.labelEn].join("|")).join(`
`)}}function ml(t,n){let i=t.type==="SINGLE_CHOICE"||t.type==="MULTIPLE_CHOICE";return{key:t.key.trim(),target:n,labelJa:t.labelJa,labelEn:t.labelEn,type:t.type,required:t.required,visibility:t.visibility,order:t.order.trim()===""?null:Number(t.order),choices:i?t.choices.split(`
`).map(o=>o.trim()).filter(o=>o!=="").map(o=>{let[r="",s="",d=""]=o.split("|").map(a=>a.trim());return{value:r,labelJa:s||r,labelEn:d}}):null}}function So(t){let[n,i]=h($o[0]),o=ul(n),[r,s]=h(null),[d,a]=h(""),[m,g]=h(null),p=L(async b=>{a("");let v=ml(b,n);b.id?await w(al,{id:b.id,input:v}):await w(ol,{input:v}),a(b.id?E("updated",{label:b.labelJa}):E("defined",{label:b.labelJa})),s(null),await o.reload()}),A=L(async b=>{a(""),await w(sl,{id:b.id}),g(null),a(E("removed",{label:b.labelJa})),await o.reload()}),y=(b,v)=>s(k=>k&&{...k,[b]:v}),u=o.data?.customFieldDefinitions??[];return e(T,{children:[e("h1",{children:E("title")}),e("p",{class:"help",children:E("intro")}),e(_,{label:E("target"),value:n,testid:"custom-field-target",onChange:b=>{i(b),s(null),a("")},options:$o.map(b=>({value:b,label:Po(b)}))}),e(B,{children:d}),e(P,{error:o.error??A.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(U,{label:C("loading")}),o.data&&u.length===0&&e("p",{"data-testid":"custom-fields-none",children:E("none")}),u.length>0&&e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"custom-fields",children:[e("caption",{children:E("caption",{target:Po(n)})}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:E("order")}),e("th",{scope:"col",children:E("labelJa")}),e("th",{scope:"col",children:E("key")}),e("th",{scope:"col",children:E("type")}),e("th",{scope:"col",children:E("visibility")}),e("th",{scope:"col",children:E("required")}),e("th",{scope:"col",children:c("actions")})]})}),e("tbody",{children:u.map(b=>e("tr",{children:[e("td",{children:b.order}),e("td",{children:[b.labelJa,b.labelEn&&e("span",{class:"help",children:[" / ",b.labelEn]})]}),e("td",{class:"desk-break",children:b.key}),e("td",{children:E(`type${b.type}`)}),e("td",{children:E(`visibility${b.visibility}`)}),e("td",{children:b.required?e(j,{tone:"warning",children:E("required")}):"—"}),e("td",{children:e("div",{class:"desk-row-actions",children:[e($,{variant:"secondary",onClick:()=>s(cl(b)),"aria-label":`${E("edit")}: ${b.labelJa}`,children:E("edit")}),e($,{variant:"danger",onClick:()=>g(b),"aria-label":`${E("remove")}: ${b.labelJa}`,children:E("remove")})]})})]},b.id))})]})}),!r&&e("div",{class:"actions",children:e($,{variant:"primary",onClick:()=>s({...pl}),"data-testid":"custom-field-new",children:E("define")})}),r&&e("form",{class:"desk-panel","data-testid":"custom-field-form",onSubmit:b=>{b.preventDefault(),p.run(r)},children:[e("h2",{children:r.id?E("editTitle",{label:r.labelJa}):E("defineTitle")}),e(P,{error:p.error}),e(S,{label:E("key"),value:r.key,onInput:b=>y("key",b),required:!0,maxLength:40,help:E("keyHelp"),testid:"custom-field-key"}),e(S,{label:E("labelJa"),value:r.labelJa,onInput:b=>y("labelJa",b),required:!0,maxLength:200,testid:"custom-field-label"}),e(S,{label:E("labelEn"),value:r.labelEn,onInput:b=>y("labelEn",b),maxLength:200}),e(_,{label:E("type"),value:r.type,onChange:b=>y("type",b),options:(r.id?[r.type]:ll).map(b=>({value:b,label:E(`type${b}`)})),help:E("typeFixed"),testid:"custom-field-type"}),(r.type==="SINGLE_CHOICE"||r.type==="MULTIPLE_CHOICE")&&e(z,{label:E("choices"),value:r.choices,onInput:b=>y("choices",b),rows:5,help:E("choicesHelp"),required:!0,testid:"custom-field-choices"}),e(_,{label:E("visibility"),value:r.visibility,onChange:b=>y("visibility",b),options:dl.map(b=>({value:b,label:E(`visibility${b}`)})),testid:"custom-field-visibility"}),e(Ee,{label:E("required"),checked:r.required,onChange:b=>y("required",b),help:E("requiredHelp"),testid:"custom-field-required"}),e(S,{label:E("order"),type:"number",value:r.order,onInput:b=>y("order",b)}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",busy:p.busy,"data-testid":"custom-field-save",children:E("save")}),e($,{variant:"secondary",onClick:()=>{s(null),p.clear()},children:E("cancel")})]})]}),e(ne,{open:m!==null,title:m?E("removeTitle",{label:m.labelJa}):"",confirmLabel:E("remove"),danger:!0,busy:A.busy,onConfirm:()=>m&&void A.run(m),onCancel:()=>g(null),children:e("p",{children:E("removeBody")})})]})}var gl=D(`
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
`),fl=D(`
  mutation DeskDepartmentCreate($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
    }
  }
`),xo=D(`
  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
    updateDepartment(id: $id, input: $input, version: $version) {
      id
      name
      version
    }
  }
`),yl=D(`
  mutation DeskDepartmentDelete($id: ID!) {
    deleteDepartment(id: $id)
  }
`),bl=["BUREAU","DIVISION","SECTION"],wo=()=>bl.map(t=>({value:t,label:c(`kind${t}`)}));function dt(t,n){return t?.field===`input.${n}`?t.clerkMessage():void 0}function To({query:t}){let n=N(gl,{}),i=Ne(),[o,r]=h(""),s=t.get("id")??"",d=n.data?.municipality.departments??[],a=Ge(d),m=d.find(A=>A.id===s),g=i("department","write"),p=async(A,y)=>{r(A),await n.reload(),y!==void 0&&ae("/desk/departments",{id:y??void 0})};return e("section",{children:[e("h1",{children:c("departmentsTitle")}),e(B,{children:o}),e(P,{error:n.error,onRetry:()=>{n.reload()},retryLabel:C("retry")}),!n.data&&!n.error&&e(U,{label:C("loading")}),n.data&&e("div",{class:"desk-columns",children:[e("div",{class:"desk-tree","data-testid":"department-tree",children:[e("h2",{id:"dept-tree-title",children:c("departmentTree")}),a.length===0?e("p",{children:c("noDepartments")}):e(Eo,{rows:a,selected:s})]}),g&&e("div",{class:"desk-side",children:[m?e(hl,{dept:m,all:d,onDone:p},`${m.id}@${m.version}`):e("p",{class:"help",children:c("selectToEdit")}),e(Cl,{all:d,defaultParent:m?.id??"",onDone:p},`add-${m?.id??""}`)]})]})]})}function Eo({rows:t,selected:n}){return e("ul",{children:t.map(i=>e("li",{children:[e("a",{href:R("/desk/departments",{id:i.dept.id}),"aria-current":i.dept.id===n?"true":void 0,"data-testid":`dept-${i.dept.id}`,children:i.dept.name})," ",e("span",{class:"desk-kind",children:["（",c(`kind${i.dept.kind}`),"）"]}),i.children.length>0&&e(Eo,{rows:i.children,selected:n})]},i.dept.id))})}function hl({dept:t,all:n,onDone:i}){let[o,r]=h(t.name),[s,d]=h(t.kind),[a,m]=h(t.parent?.id??""),[g,p]=h(!1),A=L(async()=>{let k=await w(xo,{id:t.id,input:{name:o,kind:s},version:t.version});await i(c("savedDeptNotice",{name:k.updateDepartment.name}))}),y=L(async()=>{await w(xo,{id:t.id,input:{parentId:a},version:t.version}),await i(c("movedDeptNotice",{name:t.name}))}),u=L(async()=>{await w(yl,{id:t.id}),p(!1),await i(c("deletedDeptNotice",{name:t.name}),null)}),b=go(n,t.id),v=Ye(Ge(n)).filter(k=>!b.has(k.dept.id));return e("div",{class:"desk-panel","data-testid":"department-edit",children:[e("h2",{children:c("editDepartment",{name:t.name})}),e("form",{"aria-label":c("rename"),onSubmit:k=>{k.preventDefault(),A.run()},children:[e(S,{label:c("deptName"),required:!0,value:o,onInput:r,error:dt(A.error,"name"),testid:"dept-edit-name"}),e(_,{label:c("kind"),value:s,onChange:k=>d(k),options:wo(),testid:"dept-edit-kind"}),e(P,{error:A.error}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:A.busy,"data-testid":"dept-rename",children:c("rename")})})]}),e("form",{"aria-label":c("move"),onSubmit:k=>{k.preventDefault(),y.run()},children:[e(_,{label:c("moveTo"),help:c("moveHelp"),value:a,onChange:m,error:dt(y.error,"parentId"),testid:"dept-move-parent",options:[...t.parent?[]:[{value:"",label:c("parentTop")}],...v.map(k=>({value:k.dept.id,label:st(k.dept.name,k.depth)}))]}),e(P,{error:y.error}),e("div",{class:"actions",children:e($,{type:"submit",busy:y.busy,disabled:!a||a===(t.parent?.id??""),"data-testid":"dept-move",children:c("move")})})]}),e("div",{class:"actions",children:e($,{variant:"danger",onClick:()=>p(!0),"data-testid":"dept-delete",children:c("deleteDept")})}),e(ne,{open:g,title:c("deleteDeptConfirm",{name:t.name}),confirmLabel:c("deleteDept"),danger:!0,busy:u.busy,onConfirm:()=>{u.run()},onCancel:()=>{u.clear(),p(!1)},children:[e("p",{children:c("deleteDeptBody")}),u.error?.code==="CONFLICT"&&e("p",{class:"field-error",role:"alert","data-testid":"dept-in-use",children:[c("deptInUse"),e("br",{}),C("serverSays",{msg:u.error.serverMessage})]}),u.error&&u.error.code!=="CONFLICT"&&e(P,{error:u.error})]})]})}function Cl({all:t,defaultParent:n,onDone:i}){let[o,r]=h(""),[s,d]=h("SECTION"),[a,m]=h(n),[g,p]=h(""),A=L(async()=>{let u=g.trim()===""?null:Number(g),b=await w(fl,{input:{name:o,kind:s,parentId:a||null,position:u}});r(""),p(""),await i(c("addedDeptNotice",{name:b.createDepartment.name}),b.createDepartment.id)}),y=Ye(Ge(t));return e("form",{class:"desk-panel","aria-labelledby":"dept-add-title","data-testid":"department-add",onSubmit:u=>{u.preventDefault(),A.run()},children:[e("h2",{id:"dept-add-title",children:c("newDepartment")}),e(S,{label:c("deptName"),required:!0,value:o,onInput:r,error:dt(A.error,"name"),testid:"dept-add-name"}),e(_,{label:c("kind"),value:s,onChange:u=>d(u),options:wo(),testid:"dept-add-kind"}),e(_,{label:c("parent"),value:a,onChange:m,error:dt(A.error,"parentId"),testid:"dept-add-parent",options:[{value:"",label:c("parentTop")},...y.map(u=>({value:u.dept.id,label:st(u.dept.name,u.depth)}))]}),e(S,{label:c("position"),type:"number",value:g,onInput:p,help:c("positionHelp"),error:dt(A.error,"position"),testid:"dept-add-position"}),e(P,{error:A.error}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:A.busy,"data-testid":"dept-add",children:c("add")})})]})}var Dl=D(`
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
`),No=20;function tn({status:t}){return t==="OPEN"?e(j,{tone:"warning",icon:"●",children:c("inquiryOpen")}):e(j,{tone:"success",icon:"✓",children:c("inquiryClosed")})}function vl(t){let n=t.get("status");return n==="ALL"?null:n==="CLOSED"?"CLOSED":"OPEN"}function _o({query:t}){let n=vl(t),i=String(n),[o,r]=ze(i),s=N(Dl,{first:No,after:o,status:n});return e("section",{children:[e("h1",{children:c("inquiriesTitle")}),e("form",{class:"desk-filters",role:"search","aria-label":c("filters"),onSubmit:d=>d.preventDefault(),children:e(_,{label:c("inquiryStatus"),value:n??"ALL",testid:"inquiry-status",onChange:d=>ae("/desk/inquiries",{status:d==="OPEN"?void 0:d}),options:[{value:"OPEN",label:c("inquiryOpen")},{value:"CLOSED",label:c("inquiryClosed")},{value:"ALL",label:c("all")}]})}),e(P,{error:s.error,onRetry:()=>{s.reload()},retryLabel:C("retry")}),e(X,{caption:c("inquiriesCaption"),testid:"inquiries",page:s.data?.inquiries,after:o,onAfter:r,resetKey:i,pageSize:No,rowKey:d=>d.id,columns:[{header:c("receivedAt"),cell:d=>O(d.createdAt),class:"desk-nowrap"},{header:c("subject"),cell:d=>e("a",{href:R(`/desk/inquiries/${encodeURIComponent(d.id)}`,{status:t.get("status")??void 0}),children:d.subject})},{header:c("sender"),cell:d=>`${d.name}${d.affiliation?`（${d.affiliation}）`:""}`},{header:c("inquiryStatus"),cell:d=>e(tn,{status:d.status})}]})]})}var Al=D(`
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
`),kl=D(`
  mutation DeskInquiryClose($id: ID!) {
    closeInquiry(id: $id) {
      id
      status
    }
  }
`);function Fo({params:t,query:n}){let i=N(Al,{id:t.id}),o=Ne(),[r,s]=h(!1),[d,a]=h(""),m=L(async()=>{await w(kl,{id:t.id}),s(!1),a(c("inquiryClosedNotice")),await i.reload()}),g=e("p",{children:e("a",{href:R("/desk/inquiries",{status:n.get("status")??void 0}),children:["← ",c("backToInquiries")]})});if(i.error)return e("section",{children:[e("h1",{children:c("inquiryTitle")}),e(P,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),g]});let p=i.data?.node;return i.data?!p||!("subject"in p)?e("section",{children:[e("h1",{children:c("inquiryTitle")}),e(P,{error:new J("NOT_FOUND","")}),g]}):e("section",{children:[g,e("h1",{children:[c("inquiryTitle"),": ",p.subject]}),e(B,{children:d}),e("dl",{class:"desk-dl","data-testid":"inquiry-detail",children:[e("dt",{children:c("inquiryStatus")}),e("dd",{children:e(tn,{status:p.status})}),e("dt",{children:c("receivedAt")}),e("dd",{children:O(p.createdAt)}),e("dt",{children:c("name")}),e("dd",{children:p.name}),e("dt",{children:c("affiliation")}),e("dd",{children:p.affiliation||c("noAffiliation")}),e("dt",{children:c("email")}),e("dd",{children:e("a",{href:`mailto:${p.email}?subject=${encodeURIComponent(`Re: ${p.subject}`)}`,"aria-label":`${c("replyByMail")}: ${p.email}`,children:p.email})}),e("dt",{children:c("phone")}),e("dd",{children:p.phone||"—"}),e("dt",{children:c("subject")}),e("dd",{children:p.subject})]}),e("h2",{children:c("body")}),e("div",{class:"desk-body","data-testid":"inquiry-body",children:p.body}),p.status==="OPEN"&&o("inquiry","close")&&e("div",{class:"actions",children:e($,{variant:"primary",onClick:()=>s(!0),"data-testid":"inquiry-close",children:c("closeInquiry")})}),e(ne,{open:r,title:c("closeInquiryConfirm"),confirmLabel:c("closeInquiry"),busy:m.busy,onConfirm:()=>{m.run()},onCancel:()=>{m.clear(),s(!1)},children:[e("p",{children:c("closeInquiryBody",{subject:p.subject})}),e(P,{error:m.error})]})]}):e(U,{label:C("loading")})}var Il=D(`
  query DeskWebhooks {
    webhooks {
      id
      url
      events
      active
      createdAt
    }
  }
`),$l=D(`
  mutation DeskWebhookRegister($input: WebhookInput!) {
    registerWebhook(input: $input) {
      id
      url
    }
  }
`),Pl=D(`
  mutation DeskWebhookDelete($id: ID!) {
    deleteWebhook(id: $id)
  }
`),Mo=["CONTENT_PUBLISHED","CONTENT_UNPUBLISHED","CONTENT_ARCHIVED","CONTENT_CHANGED"];function ut(t){return c(`event${t}`)}function nn({active:t}){return t?e(j,{tone:"success",icon:"✓",children:c("active")}):e(j,{tone:"neutral",icon:"■",children:c("inactive")})}function Sl(){let t=new Uint8Array(32);return crypto.getRandomValues(t),Array.from(t,n=>n.toString(16).padStart(2,"0")).join("")}function Oo(){let t=N(Il,{}),n=Ne(),[i,o]=h(""),[r,s]=h(null),[d,a]=h(null),m=L(async p=>{await w(Pl,{id:p.id}),a(null),s(null),o(c("deletedWebhookNotice",{url:p.url})),await t.reload()}),g=n("webhook","manage");return e("section",{children:[e("h1",{children:c("webhooksTitle")}),e("p",{children:c("webhooksIntro")}),e(B,{children:i}),r&&e("div",{class:"desk-panel desk-secret",role:"status","data-testid":"webhook-secret",children:[e("p",{children:c("secretOnce")}),e("p",{children:[e("span",{class:"desk-label",children:[c("secret"),": "]}),e("code",{children:r.secret})]}),e($,{onClick:()=>s(null),children:C("close")})]}),e(P,{error:t.error,onRetry:()=>{t.reload()},retryLabel:C("retry")}),!t.data&&!t.error&&e(U,{label:C("loading")}),t.data&&e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"webhooks",children:[e("caption",{children:c("webhooksCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:c("url")}),e("th",{scope:"col",children:c("events")}),e("th",{scope:"col",children:c("status")}),e("th",{scope:"col",children:c("createdAt")}),e("th",{scope:"col",children:c("actions")})]})}),e("tbody",{children:[t.data.webhooks.length===0&&e("tr",{children:e("td",{colSpan:5,children:C("empty")})}),t.data.webhooks.map(p=>e("tr",{children:[e("td",{class:"desk-break",children:p.url}),e("td",{children:p.events.map(ut).join("、")}),e("td",{children:e(nn,{active:p.active})}),e("td",{class:"desk-nowrap",children:O(p.createdAt)}),e("td",{children:e("div",{class:"desk-row-actions",children:[e("a",{class:"btn btn-small",href:R(`/desk/webhooks/${encodeURIComponent(p.id)}`),"aria-label":`${c("deliveryLog")}: ${p.url}`,children:c("deliveryLog")}),g&&e($,{variant:"danger","aria-label":`${c("deleteWebhook")}: ${p.url}`,"data-testid":`webhook-delete-${p.id}`,onClick:()=>a({id:p.id,url:p.url}),children:c("deleteWebhook")})]})})]},p.id))]})]})}),g&&e(xl,{onDone:(p,A)=>{s({url:p,secret:A}),o(c("registeredNotice",{url:p})),t.reload()}}),e(ne,{open:d!==null,title:d?c("deleteWebhookConfirm",{url:d.url}):"",confirmLabel:c("deleteWebhook"),danger:!0,busy:m.busy,onConfirm:()=>d&&void m.run(d),onCancel:()=>{m.clear(),a(null)},children:[e("p",{children:c("deleteWebhookBody")}),e(P,{error:m.error})]})]})}function xl({onDone:t}){let[n,i]=h(""),[o,r]=h(["CONTENT_PUBLISHED"]),[s,d]=h(!1),a=L(async()=>{let g=Sl(),p=await w($l,{input:{url:n.trim(),events:o,secret:g}});i(""),t(p.registerWebhook.url,g)}),m=g=>a.error?.field===`input.${g}`?a.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"webhook-form-title","data-testid":"webhook-form",onSubmit:g=>{if(g.preventDefault(),o.length===0){d(!0);return}d(!1),a.run()},children:[e("h2",{id:"webhook-form-title",children:c("newWebhook")}),e(S,{label:c("url"),type:"url",required:!0,value:n,onInput:i,help:c("urlHelp"),error:m("url"),testid:"webhook-url",autocomplete:"off"}),e(G,{legend:c("events"),children:[Mo.map(g=>e(Ee,{label:ut(g),checked:o.includes(g),testid:`webhook-event-${g}`,onChange:p=>r(p?Mo.filter(A=>A===g||o.includes(A)):o.filter(A=>A!==g))},g)),(s||m("events"))&&e("p",{class:"field-error",role:"alert",children:m("events")??c("chooseEvent")})]}),e(P,{error:a.error}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"webhook-register",children:c("register")})})]})}var wl=D(`
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
`),Ro=20,qo=100;function Tl({status:t}){let n={PENDING:["warning","…",c("deliveryPENDING")],DELIVERED:["success","✓",c("deliveryDELIVERED")],FAILED:["danger","×",c("deliveryFAILED")]},[i,o,r]=n[t]??["neutral","?",t];return e(j,{tone:i,icon:o,children:r})}function Lo({params:t}){let[n,i]=h(Ro),o=N(wl,{first:n}),r=e("p",{children:e("a",{href:R("/desk/webhooks"),children:["← ",c("backToWebhooks")]})});if(o.error)return e("section",{children:[r,e("h1",{children:c("webhookTitle")}),e(P,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")})]});if(!o.data)return e(U,{label:C("loading")});let s=o.data.webhooks.find(a=>a.id===t.id);if(!s)return e("section",{children:[r,e("h1",{children:c("webhookTitle")}),e("p",{role:"alert",children:c("webhookMissing")})]});let d=s.deliveries;return e("section",{children:[r,e("h1",{children:[c("webhookTitle"),": ",e("span",{class:"desk-break",children:s.url})]}),e("dl",{class:"desk-dl",children:[e("dt",{children:c("events")}),e("dd",{children:s.events.map(ut).join("、")}),e("dt",{children:c("status")}),e("dd",{children:e(nn,{active:s.active})}),e("dt",{children:c("createdAt")}),e("dd",{children:O(s.createdAt)})]}),e("h2",{children:c("deliveries")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"deliveries",children:[e("caption",{children:c("deliveriesCaption",{n})}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:c("queuedAt")}),e("th",{scope:"col",children:c("event")}),e("th",{scope:"col",children:c("status")}),e("th",{scope:"col",children:c("attempts")}),e("th",{scope:"col",children:c("lastStatusCode")}),e("th",{scope:"col",children:c("lastError")}),e("th",{scope:"col",children:c("nextAttemptAt")}),e("th",{scope:"col",children:c("deliveredAt")})]})}),e("tbody",{children:[d.length===0&&e("tr",{children:e("td",{colSpan:8,children:C("empty")})}),d.map(a=>e("tr",{children:[e("td",{class:"desk-nowrap",children:O(a.createdAt)}),e("td",{children:ut(a.event)}),e("td",{children:e(Tl,{status:a.status})}),e("td",{children:a.attempts}),e("td",{children:a.lastStatusCode===0?c("noResponse"):a.lastStatusCode}),e("td",{class:"desk-break",children:a.lastError||"—"}),e("td",{class:"desk-nowrap",children:a.status==="PENDING"?O(a.nextAttemptAt):"—"}),e("td",{class:"desk-nowrap",children:a.deliveredAt?O(a.deliveredAt):"—"})]},a.id))]})]})}),d.length>=n&&n<qo&&e("div",{class:"actions",children:e($,{onClick:()=>i(Math.min(n+Ro,qo)),busy:o.loading,"data-testid":"deliveries-more",children:c("showMore")})})]})}var jo=[{path:"/desk/inquiries/:id",component:Fo,permission:{resource:"inquiry",action:"read"}},{path:"/desk/inquiries",component:_o,nav:{label:()=>c("navInquiries"),order:300},permission:{resource:"inquiry",action:"read"}},{path:"/desk/accounts",component:bo,nav:{label:()=>c("navAccounts"),order:310},permission:{resource:"account",action:"createStaff"}},{path:"/desk/departments",component:To,nav:{label:()=>c("navDepartments"),order:320},permission:{resource:"department",action:"write"}},{path:"/desk/webhooks/:id",component:Lo,permission:{resource:"webhook",action:"manage"}},{path:"/desk/webhooks",component:Oo,nav:{label:()=>c("navWebhooks"),order:330},permission:{resource:"webhook",action:"manage"}},{path:"/desk/custom-fields",component:So,nav:{label:()=>E("navCustomFields"),order:350},permission:{resource:"customField",action:"manage"}},{path:"/desk/audit",component:Io,nav:{label:()=>c("navAudit"),order:340},permission:{resource:"audit",action:"read"}}];var rt=[{path:"/",component:Pr,nav:{label:()=>C("home"),order:0}},...Lr,...mo,...jo];function Uo(t){let n=t.viewer.me;return e(T,{children:[e("a",{class:"skip",href:"#main",onClick:i=>{i.preventDefault(),document.getElementById("main")?.focus()},children:C("skipToMain")}),e("header",{class:"header",children:[e("div",{class:"brand",children:[e("span",{class:"brand-muni",children:t.viewer.municipality.name})," ",C("appName")]}),e("div",{class:"header-tools",children:[e("span",{class:"who","data-testid":"who",children:C("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),e(rn,{}),e($,{onClick:t.onSignOut,busy:t.signingOut,"data-testid":"sign-out",children:C("signOut")})]})]}),e("div",{class:"frame",children:[e("nav",{class:"nav","aria-label":C("mainNav"),children:e("ul",{children:t.nav.map(i=>{let o=t.current===i.path||i.path!=="/"&&t.current.startsWith(`${i.path}/`);return e("li",{children:e("a",{href:R(i.path),"aria-current":o?"page":void 0,children:i.label})},i.path)})})}),e("main",{id:"main",class:"main",tabIndex:-1,children:t.children})]})]})}function rn(){let t=de()==="ja"?"en":"ja";return e("button",{type:"button",class:"btn btn-link",lang:t,"aria-label":`${C("language")}: ${C("switchLang")}`,onClick:()=>Mn(t),"data-testid":"lang-toggle",children:C("switchLang")})}var El=D(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function Bo({notice:t}){let[n,i]=h(""),[o,r]=h(""),[s,d]=h(""),a=L(async()=>{let m=await w(El,{email:n,password:o},{municipality:s.trim()||void 0});Le(m.login.token)});return e("div",{class:"login",children:[e("div",{class:"login-lang",children:e(rn,{})}),e("main",{id:"main",class:"login-box",children:[e("h1",{children:C("appName")}),e("h2",{children:C("signInTitle")}),t&&e("p",{class:"banner banner-notice",role:"status",children:t}),a.error?.code==="UNAUTHENTICATED"?e("p",{class:"banner banner-error",role:"alert","data-testid":"login-error",children:C("loginFailed")}):e(P,{error:a.error}),e("form",{onSubmit:m=>{m.preventDefault(),a.run()},children:[e(S,{label:C("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:i,testid:"login-email"}),e(S,{label:C("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:r,testid:"login-password"}),e(S,{label:C("municipality"),help:C("municipalityHelp"),value:s,onInput:d,autocomplete:"off",testid:"login-municipality"}),e($,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"login-submit",children:a.busy?C("signingIn"):C("signIn")})]})]})]})}var Nl=D(`
  mutation Logout {
    logout
  }
`);async function _l(){try{await w(Nl,{})}finally{Le(null)}}function Fl(){let[,t]=h(0),[n,i]=h(qe()!==null),[o,r]=h(!1);return ee(()=>On(()=>t(s=>s+1)),[]),ee(()=>Rn(s=>{r(!s&&n),i(s)}),[n]),n?e(Ml,{}):e(Bo,{notice:o?C("errUnauthenticated"):void 0})}function Ml(){let t=N($r,{}),[n,i]=h(!1),o=kr(),r=()=>{i(!0),_l().catch(()=>{})};if(t.error)return e("main",{id:"main",class:"login-box",children:[e(P,{error:t.error,onRetry:()=>{t.reload()},retryLabel:C("retry")}),e($,{onClick:r,children:C("signOut")})]});if(!t.data)return e(U,{label:C("loading")});let s=t.data.me;if(!s||s.role==="PROPOSER")return e("main",{id:"main",class:"login-box",children:[e("p",{class:"banner banner-error",role:"alert",children:C("proposerOnly")}),e($,{onClick:r,children:C("signOut")})]});let d={me:s,municipality:t.data.municipality,permissions:t.data.permissions},a=rt.filter(p=>p.nav&&re(d,p.permission)).sort((p,A)=>p.nav.order-A.nav.order).map(p=>({path:p.path,label:p.nav.label()})),m=Ir(rt,o.path),g;if(!m||!re(d,m.route.permission))g=e("section",{children:[e("h1",{children:C("notFound")}),e("p",{children:e("a",{href:"#/",children:C("backHome")})})]});else{let p=m.route.component;g=e(p,{params:m.params,query:o.query},o.path)}return e(Qt.Provider,{value:d,children:e(Uo,{viewer:d,nav:a,current:o.path,onSignOut:r,signingOut:n,children:g})})}document.documentElement.lang=de();bn(e(Fl,{}),document.getElementById("app"));
